namespace OpenCommissioning.Platform.Components;

/// <summary>
/// govuk-frontend's JavaScript reads its words from <c>data-i18n.*</c> attributes, so that a Welsh page can say
/// "Datguddia" instead of "Show" without any script of ours.
/// </summary>
public static class I18nAttributes
{
    public static HtmlElement I18n(this HtmlElement element, string key, string? message) =>
        string.IsNullOrEmpty(message) ? element : element.Attr($"data-i18n.{key}", message);

    /// <summary>Messages by plural rule ("one", "other"…), as the JavaScript picks them by count.</summary>
    public static HtmlElement I18n(this HtmlElement element, string key, IReadOnlyDictionary<string, string>? messages)
    {
        foreach (var (rule, message) in messages ?? new Dictionary<string, string>())
        {
            element.Attr($"data-i18n.{key}.{rule}", message);
        }
        return element;
    }
}
