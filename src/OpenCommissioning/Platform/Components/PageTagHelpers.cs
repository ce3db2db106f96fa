using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>The GOV.UK panel (a confirmation such as "Bid submitted"); the body, if any, is its html.</summary>
[HtmlTargetElement("govuk-panel")]
public sealed class PanelTagHelper : GovUkTagHelper
{
    public string? TitleText { get; set; }
    public IHtmlContent? TitleHtml { get; set; }
    public string? Text { get; set; }
    public int? HeadingLevel { get; set; }
    public string? Classes { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var isInterruption = Classes?.Contains("govuk-panel--interruption", StringComparison.Ordinal) == true;
        var level = (HeadingLevel ?? 1).ToString(CultureInfo.InvariantCulture);
        var panel = new HtmlElement("div").Class("govuk-panel").ClassIf(!isInterruption, "govuk-panel--confirmation")
            .Class(Classes).Attrs(attributes)
            .Append(new HtmlElement("h" + level).Class("govuk-panel__title").Content(TitleText, TitleHtml));
        return body is null && string.IsNullOrEmpty(Text)
            ? panel
            : panel.Append(new HtmlElement("div").Class("govuk-panel__body").Content(Text, body));
    }
}

/// <summary>GOV.UK details: a summary that opens to show the body.</summary>
[HtmlTargetElement("govuk-details")]
public sealed class DetailsTagHelper : GovUkTagHelper
{
    public string? Id { get; set; }
    public string? SummaryText { get; set; }
    public IHtmlContent? SummaryHtml { get; set; }
    public string? Text { get; set; }
    public string? Classes { get; set; }
    public bool Open { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes) =>
        new HtmlElement("details").Attr("id", Id).Class("govuk-details").Class(Classes).Attrs(attributes)
            .Flag("open", Open)
            .Append(new HtmlElement("summary").Class("govuk-details__summary")
                .Append(new HtmlElement("span").Class("govuk-details__summary-text").Content(SummaryText, SummaryHtml)))
            .Append(new HtmlElement("div").Class("govuk-details__text").Content(Text, body));
}

/// <summary>The GOV.UK skip link, first in the page; goes to #content unless told otherwise.</summary>
[HtmlTargetElement("govuk-skip-link")]
public sealed class SkipLinkTagHelper : GovUkTagHelper
{
    public string? Href { get; set; }
    public string? Text { get; set; }
    public string? Classes { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes) =>
        new HtmlElement("a").Attr("href", string.IsNullOrEmpty(Href) ? "#content" : Href).Class("govuk-skip-link")
            .Class(Classes).Attrs(attributes).Attr("data-module", "govuk-skip-link").Content(Text, body);
}

/// <summary>The GOV.UK phase banner (the tag says the phase, the body invites feedback).</summary>
[HtmlTargetElement("govuk-phase-banner")]
public sealed class PhaseBannerTagHelper : GovUkTagHelper
{
    public string? TagText { get; set; }
    public IHtmlContent? TagHtml { get; set; }
    public string? TagClasses { get; set; }
    public string? Text { get; set; }
    public string? Classes { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes) =>
        new HtmlElement("div").Class("govuk-phase-banner govuk-width-container").Class(Classes).Attrs(attributes)
            .Append(new HtmlElement("p").Class("govuk-phase-banner__content")
                .Append(new HtmlElement("strong").Class("govuk-tag govuk-phase-banner__content__tag").Class(TagClasses)
                    .Content(TagText, TagHtml))
                .Append(new HtmlElement("span").Class("govuk-phase-banner__text").Content(Text, body)));
}
