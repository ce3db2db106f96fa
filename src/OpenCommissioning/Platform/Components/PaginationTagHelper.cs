using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>
/// GOV.UK pagination: numbered pages with previous and next links
/// (<c>items="PaginationItem.Numbered(Model.Page, Model.PageCount, p => $"?page={p}")"</c>), or, with no items,
/// the block style of previous and next links between the parts of a guide.
/// </summary>
[HtmlTargetElement("govuk-pagination", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PaginationTagHelper : GovUkTagHelper
{
    private const string PreviousArrow =
        "m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z";
    private const string NextArrow =
        "m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z";

    public IEnumerable<PaginationItem?>? Items { get; set; }
    public PaginationLink? Previous { get; set; }
    public PaginationLink? Next { get; set; }
    public string? LandmarkLabel { get; set; }
    public string? Classes { get; set; }

    private bool BlockLevel => Items?.Any() != true && (Previous is not null || Next is not null);

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var nav = new HtmlElement("nav").Class("govuk-pagination").ClassIf(BlockLevel, "govuk-pagination--block")
            .Class(Classes).Attr("aria-label", string.IsNullOrEmpty(LandmarkLabel) ? "Pagination" : LandmarkLabel)
            .Attrs(attributes);
        if (!string.IsNullOrEmpty(Previous?.Href))
        {
            nav.Append(ArrowLink(Previous, "prev", "Previous"));
        }
        if (Items?.Any() == true)
        {
            nav.Append(new HtmlElement("ul").Class("govuk-pagination__list")
                .AppendRange(Items.OfType<PaginationItem>().Select(Page)));
        }
        if (!string.IsNullOrEmpty(Next?.Href))
        {
            nav.Append(ArrowLink(Next, "next", "Next"));
        }
        return nav;
    }

    private HtmlElement ArrowLink(PaginationLink link, string type, string defaultText)
    {
        var hasLabel = !string.IsNullOrEmpty(link.LabelText);
        var title = new HtmlElement("span").Class("govuk-pagination__link-title")
            .ClassIf(BlockLevel && !hasLabel, "govuk-pagination__link-title--decorated");
        if (link.Html is null && string.IsNullOrEmpty(link.Text))
        {
            title.Text(defaultText).Append(new HtmlElement("span").Class("govuk-visually-hidden").Text(" page"));
        }
        else
        {
            title.Content(link.Text, link.Html);
        }
        var anchor = new HtmlElement("a").Class("govuk-link govuk-pagination__link").Attr("href", link.Href)
            .Attr("rel", type).Attrs(link.Attributes);
        var arrowFirst = BlockLevel || type == "prev";
        if (arrowFirst)
        {
            anchor.Append(Arrow(type));
        }
        anchor.Append(title);
        if (hasLabel && BlockLevel)
        {
            anchor.Append(new HtmlElement("span").Class("govuk-visually-hidden").Text(":"))
                .Append(new HtmlElement("span").Class("govuk-pagination__link-label").Text(link.LabelText));
        }
        if (!arrowFirst)
        {
            anchor.Append(Arrow(type));
        }
        return new HtmlElement("div").Class($"govuk-pagination__{type}").Append(anchor);
    }

    private static HtmlElement Page(PaginationItem item)
    {
        var li = new HtmlElement("li").Class("govuk-pagination__item")
            .ClassIf(item.Current, "govuk-pagination__item--current")
            .ClassIf(item.Ellipsis, "govuk-pagination__item--ellipsis");
        if (item.Ellipsis)
        {
            return li.Text("\u22EF");
        }
        return li.Append(new HtmlElement("a").Class("govuk-link govuk-pagination__link").Attr("href", item.Href)
            .Attr("aria-label", string.IsNullOrEmpty(item.VisuallyHiddenText) ? "Page " + item.Number : item.VisuallyHiddenText)
            .Attr("aria-current", item.Current ? "page" : null).Attrs(item.Attributes).Text(item.Number));
    }

    private static HtmlElement Arrow(string type) =>
        new HtmlElement("svg").Class($"govuk-pagination__icon govuk-pagination__icon--{type}")
            .Attr("xmlns", "http://www.w3.org/2000/svg").Attr("height", "13").Attr("width", "15")
            .Attr("aria-hidden", "true").Attr("focusable", "false").Attr("viewBox", "0 0 15 13")
            .Append(new HtmlElement("path").Attr("d", type == "prev" ? PreviousArrow : NextArrow));
}
