using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>One accordion section: a heading, an optional summary line, and content as text or markup.</summary>
public sealed record AccordionItem(string? HeadingText, string? ContentText = null, IHtmlContent? ContentHtml = null)
{
    public IHtmlContent? HeadingHtml { get; init; }
    public string? SummaryText { get; init; }
    public IHtmlContent? SummaryHtml { get; init; }
    public bool Expanded { get; init; }
}

/// <summary>The GOV.UK accordion; its <c>id</c> must be unique on the page, as the sections' ids build on it.</summary>
[HtmlTargetElement("govuk-accordion", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AccordionTagHelper : GovUkTagHelper
{
    public string? Id { get; set; }
    public IEnumerable<AccordionItem?> Items { get; set; } = [];
    public int? HeadingLevel { get; set; }
    public string? Classes { get; set; }
    public bool? RememberExpanded { get; set; }
    public string? HideAllSectionsText { get; set; }
    public string? HideSectionText { get; set; }
    public string? HideSectionAriaLabelText { get; set; }
    public string? ShowAllSectionsText { get; set; }
    public string? ShowSectionText { get; set; }
    public string? ShowSectionAriaLabelText { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var accordion = new HtmlElement("div").Class("govuk-accordion").Class(Classes)
            .Attr("data-module", "govuk-accordion").Attr("id", Id ?? string.Empty)
            .I18n("hide-all-sections", HideAllSectionsText).I18n("hide-section", HideSectionText)
            .I18n("hide-section-aria-label", HideSectionAriaLabelText)
            .I18n("show-all-sections", ShowAllSectionsText).I18n("show-section", ShowSectionText)
            .I18n("show-section-aria-label", ShowSectionAriaLabelText)
            .Attr("data-remember-expanded", RememberExpanded is { } remember ? (remember ? "true" : "false") : null)
            .Attrs(attributes);
        var index = 0;
        foreach (var item in Items)
        {
            index++;
            if (item is not null)
            {
                accordion.Append(Section(item, index.ToString(CultureInfo.InvariantCulture)));
            }
        }
        return accordion;
    }

    private HtmlElement Section(AccordionItem item, string index)
    {
        var level = (HeadingLevel ?? 2).ToString(CultureInfo.InvariantCulture);
        var header = new HtmlElement("div").Class("govuk-accordion__section-header")
            .Append(new HtmlElement("h" + level).Class("govuk-accordion__section-heading")
                .Append(new HtmlElement("span").Class("govuk-accordion__section-button")
                    .Attr("id", $"{Id}-heading-{index}").Content(item.HeadingText, item.HeadingHtml)));
        if (item.SummaryHtml is not null || !string.IsNullOrEmpty(item.SummaryText))
        {
            header.Append(new HtmlElement("div").Class("govuk-accordion__section-summary govuk-body")
                .Attr("id", $"{Id}-summary-{index}").Content(item.SummaryText, item.SummaryHtml));
        }
        var content = new HtmlElement("div").Attr("id", $"{Id}-content-{index}").Class("govuk-accordion__section-content");
        if (item.ContentHtml is not null)
        {
            content.Append(item.ContentHtml);
        }
        else if (!string.IsNullOrEmpty(item.ContentText))
        {
            content.Append(new HtmlElement("p").Class("govuk-body").Text(item.ContentText));
        }
        return new HtmlElement("div").Class("govuk-accordion__section")
            .ClassIf(item.Expanded, "govuk-accordion__section--expanded").Append(header).Append(content);
    }
}
