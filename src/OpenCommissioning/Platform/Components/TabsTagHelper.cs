using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>One tab: its label and its panel, given as text (a paragraph) or markup.</summary>
public sealed record TabsItem(string Label, string? PanelText = null, IHtmlContent? PanelHtml = null)
{
    public string? Id { get; init; }
    public IReadOnlyDictionary<string, object?>? Attributes { get; init; }
    public IReadOnlyDictionary<string, object?>? PanelAttributes { get; init; }
}

/// <summary>GOV.UK tabs; without JavaScript they are a list of links to the panels below it.</summary>
[HtmlTargetElement("govuk-tabs", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TabsTagHelper : GovUkTagHelper
{
    public IEnumerable<TabsItem?> Items { get; set; } = [];
    public string? Id { get; set; }
    public string? IdPrefix { get; set; }
    public string? Title { get; set; }
    public string? Classes { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var tabs = new HtmlElement("div").Attr("id", Id).Class("govuk-tabs").Class(Classes).Attrs(attributes)
            .Attr("data-module", "govuk-tabs")
            .Append(new HtmlElement("h2").Class("govuk-tabs__title").Text(string.IsNullOrEmpty(Title) ? "Contents" : Title));
        var items = Items.Select((item, i) => (Item: item, Index: i + 1)).Where(x => x.Item is not null).ToList();
        if (Items.Any())
        {
            tabs.Append(new HtmlElement("ul").Class("govuk-tabs__list").AppendRange(items.Select(x =>
                new HtmlElement("li").Class("govuk-tabs__list-item").ClassIf(x.Index == 1, "govuk-tabs__list-item--selected")
                    .Append(new HtmlElement("a").Class("govuk-tabs__tab").Attr("href", "#" + PanelId(x.Item!, x.Index))
                        .Attrs(x.Item!.Attributes).Text(x.Item.Label)))));
            tabs.AppendRange(items.Select(x => Panel(x.Item!, x.Index)));
        }
        return tabs;
    }

    private HtmlElement Panel(TabsItem item, int index)
    {
        var panel = new HtmlElement("div").Class("govuk-tabs__panel").ClassIf(index > 1, "govuk-tabs__panel--hidden")
            .Attr("id", PanelId(item, index)).Attrs(item.PanelAttributes);
        return item.PanelHtml is not null ? panel.Append(item.PanelHtml)
            : string.IsNullOrEmpty(item.PanelText) ? panel
            : panel.Append(new HtmlElement("p").Class("govuk-body").Text(item.PanelText));
    }

    // The macro joins an unset prefix as empty, giving ids such as "-1"; a page should give ids or a prefix.
    private string PanelId(TabsItem item, int index) =>
        item.Id ?? $"{IdPrefix}-{index.ToString(CultureInfo.InvariantCulture)}";
}
