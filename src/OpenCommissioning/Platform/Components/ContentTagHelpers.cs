using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>A GOV.UK tag (a status such as "Draft" or "Published"); the body, if any, is its html.</summary>
[HtmlTargetElement("govuk-tag")]
public sealed class TagTagHelper : GovUkTagHelper
{
    public string? Text { get; set; }
    public string? Classes { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes) =>
        new HtmlElement("strong").Class("govuk-tag").Class(Classes).Attrs(attributes).Content(Text, body);
}

/// <summary>GOV.UK inset text around the body.</summary>
[HtmlTargetElement("govuk-inset-text")]
public sealed class InsetTextTagHelper : GovUkTagHelper
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public string? Classes { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes) =>
        new HtmlElement("div").Attr("id", Id).Class("govuk-inset-text").Class(Classes).Attrs(attributes)
            .Content(Text, body);
}

/// <summary>GOV.UK warning text; the icon's fallback for screen readers defaults to "Warning".</summary>
[HtmlTargetElement("govuk-warning-text")]
public sealed class WarningTextTagHelper : GovUkTagHelper
{
    public string? Text { get; set; }
    public string? Classes { get; set; }
    public string? IconFallbackText { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes) =>
        new HtmlElement("div").Class("govuk-warning-text").Class(Classes).Attrs(attributes)
            .Append(new HtmlElement("span").Class("govuk-warning-text__icon").Attr("aria-hidden", "true").Text("!"))
            .Append(new HtmlElement("strong").Class("govuk-warning-text__text")
                .Append(new HtmlElement("span").Class("govuk-visually-hidden")
                    .Text(string.IsNullOrEmpty(IconFallbackText) ? "Warning" : IconFallbackText))
                .Text(" ").Content(Text, body));
}

/// <summary>The GOV.UK back link; says "Back" unless told otherwise.</summary>
[HtmlTargetElement("govuk-back-link")]
public sealed class BackLinkTagHelper : GovUkTagHelper
{
    public string? Href { get; set; }
    public string? Text { get; set; }
    public string? Classes { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes) =>
        new HtmlElement("a").Attr("href", string.IsNullOrEmpty(Href) ? "#" : Href).Class("govuk-back-link")
            .Class(Classes).Attrs(attributes).Content(string.IsNullOrEmpty(Text) ? "Back" : Text, body);
}
