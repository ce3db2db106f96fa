using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>
/// One message of the cookie banner: the question, or the confirmation shown after the user chose (hidden until
/// then, with <c>Role = "alert"</c> so it is announced).
/// </summary>
public sealed record CookieBannerMessage(string? HeadingText, string? Text = null, IHtmlContent? Html = null)
{
    public IHtmlContent? HeadingHtml { get; init; }
    public string? Classes { get; init; }
    public string? Role { get; init; }
    public bool Hidden { get; init; }
    public IReadOnlyDictionary<string, object?>? Attributes { get; init; }
    public IReadOnlyList<CookieBannerAction> Actions { get; init; } = [];
}

/// <summary>A button ("Accept analytics cookies") or, with an href, a link ("View cookies").</summary>
public sealed record CookieBannerAction(string? Text)
{
    public string? Type { get; init; }
    public string? Href { get; init; }
    public string? Name { get; init; }
    public string? Value { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, object?>? Attributes { get; init; }
}

/// <summary>The GOV.UK cookie banner, above everything else in the page.</summary>
[HtmlTargetElement("govuk-cookie-banner", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CookieBannerTagHelper : GovUkTagHelper
{
    public IEnumerable<CookieBannerMessage> Messages { get; set; } = [];
    public string? AriaLabel { get; set; }
    public bool Hidden { get; set; }
    public string? Classes { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes) =>
        new HtmlElement("div").Class("govuk-cookie-banner").Class(Classes).Flag("data-nosnippet", true)
            .Attr("role", "region").Attr("aria-label", string.IsNullOrEmpty(AriaLabel) ? "Cookie banner" : AriaLabel)
            .Flag("hidden", Hidden).Attrs(attributes).AppendRange(Messages.Select(Message));

    private static HtmlElement Message(CookieBannerMessage message)
    {
        var column = new HtmlElement("div").Class("govuk-grid-column-two-thirds");
        if (message.HeadingHtml is not null || !string.IsNullOrEmpty(message.HeadingText))
        {
            column.Append(new HtmlElement("h2").Class("govuk-cookie-banner__heading govuk-heading-m")
                .Content(message.HeadingText, message.HeadingHtml));
        }
        var content = new HtmlElement("div").Class("govuk-cookie-banner__content");
        if (message.Html is not null)
        {
            content.Append(message.Html);
        }
        else if (!string.IsNullOrEmpty(message.Text))
        {
            content.Append(new HtmlElement("p").Class("govuk-body").Text(message.Text));
        }
        var element = new HtmlElement("div").Class("govuk-cookie-banner__message").Class(message.Classes)
            .Class("govuk-width-container").Attr("role", message.Role).Attrs(message.Attributes)
            .Flag("hidden", message.Hidden)
            .Append(new HtmlElement("div").Class("govuk-grid-row").Append(column.Append(content)));
        return message.Actions.Count == 0 ? element
            : element.Append(new HtmlElement("div").Class("govuk-button-group").AppendRange(message.Actions.Select(Action)));
    }

    private static HtmlElement Action(CookieBannerAction action)
    {
        if (!string.IsNullOrEmpty(action.Href) && action.Type != "button")
        {
            return new HtmlElement("a").Class("govuk-link").Class(action.Classes).Attr("href", action.Href)
                .Attrs(action.Attributes).Text(action.Text);
        }
        var button = string.IsNullOrEmpty(action.Href)
            ? new HtmlElement("button").Attr("type", string.IsNullOrEmpty(action.Type) ? "button" : action.Type)
                .Attr("value", string.IsNullOrEmpty(action.Value) ? null : action.Value)
                .Attr("name", string.IsNullOrEmpty(action.Name) ? null : action.Name)
            : new HtmlElement("a").Attr("href", action.Href).Attr("role", "button").Attr("draggable", "false");
        return button.Class("govuk-button").Class(action.Classes).Attr("data-module", "govuk-button")
            .Attrs(action.Attributes).Text(action.Text);
    }
}
