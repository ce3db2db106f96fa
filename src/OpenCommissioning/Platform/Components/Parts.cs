using Microsoft.AspNetCore.Html;

namespace OpenCommissioning.Platform.Components;

/// <summary>Options shared by the form controls' label (govuk-frontend's <c>label</c> macro).</summary>
public sealed record LabelOptions(string? Text, IHtmlContent? Html, string? Classes = null, bool IsPageHeading = false);

/// <summary>Options for a fieldset's legend.</summary>
public sealed record LegendOptions(string? Text, IHtmlContent? Html, string? Classes = null, bool IsPageHeading = false);

/// <summary>The label, hint, error message and fieldset pieces every form control is built from.</summary>
public static class Parts
{
    public static IHtmlContent? Label(LabelOptions? options, string? forId,
        IEnumerable<KeyValuePair<string, object?>>? attributes = null)
    {
        if (options is null || (options.Html is null && string.IsNullOrEmpty(options.Text)))
        {
            return null;
        }
        var label = new HtmlElement("label").Class("govuk-label").Class(options.Classes).Attrs(attributes)
            .Attr("for", forId).Content(options.Text, options.Html);
        return options.IsPageHeading ? new HtmlElement("h1").Class("govuk-label-wrapper").Append(label) : label;
    }

    public static HtmlElement Hint(string? id, string? text, IHtmlContent? html, string? classes = null) =>
        new HtmlElement("div").Attr("id", id).Class("govuk-hint").Class(classes).Content(text, html);

    public static HtmlElement ErrorMessage(string? id, string? text, IHtmlContent? html,
        string? visuallyHiddenText = null, string? classes = null)
    {
        var hidden = visuallyHiddenText ?? "Error";
        var message = new HtmlElement("p").Attr("id", id).Class("govuk-error-message").Class(classes);
        if (hidden.Length > 0)
        {
            message.Append(new HtmlElement("span").Class("govuk-visually-hidden").Text(hidden + ":")).Text(" ");
        }
        return message.Content(text, html);
    }

    public static HtmlElement Fieldset(LegendOptions? legend, string? describedBy, string? classes,
        string? role = null)
    {
        var fieldset = new HtmlElement("fieldset").Class("govuk-fieldset").Class(classes).Attr("role", role)
            .Attr("aria-describedby", describedBy);
        if (legend is not null && (legend.Html is not null || !string.IsNullOrEmpty(legend.Text)))
        {
            var element = new HtmlElement("legend").Class("govuk-fieldset__legend").Class(legend.Classes);
            element.Append(legend.IsPageHeading
                ? new HtmlElement("h1").Class("govuk-fieldset__heading").Content(legend.Text, legend.Html)
                : Wrap(legend.Text, legend.Html));
            fieldset.Append(element);
        }
        return fieldset;
    }

    /// <summary>Text or markup as content, with the text encoded.</summary>
    public static IHtmlContent Wrap(string? text, IHtmlContent? html) =>
        html ?? new HtmlContentBuilder().Append(text ?? string.Empty);

    public static string? JoinIds(params string?[] ids)
    {
        var present = ids.Where(id => !string.IsNullOrWhiteSpace(id)).ToArray();
        return present.Length == 0 ? null : string.Join(' ', present);
    }
}
