using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>A link in breadcrumbs, a footer or a navigation bar; with no href it is the current page.</summary>
public sealed record NavigationLink(string? Text, string? Href = null, IHtmlContent? Html = null)
{
    public IReadOnlyDictionary<string, object?>? Attributes { get; init; }
}

/// <summary>
/// The GOV.UK notification banner. <c>type="success"</c> (after the user did something) is announced at once
/// (role alert) and titled "Success"; otherwise it is a region titled "Important". The body is its html.
/// </summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class NotificationBannerTagHelper : GovUkTagHelper
{
    public string? Type { get; set; }
    public string? TitleText { get; set; }
    public IHtmlContent? TitleHtml { get; set; }
    public int? TitleHeadingLevel { get; set; }
    public string? TitleId { get; set; }
    public string? Text { get; set; }
    public string? Role { get; set; }
    public string? Classes { get; set; }
    public bool? DisableAutoFocus { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var success = Type == "success";
        var titleId = string.IsNullOrEmpty(TitleId) ? "govuk-notification-banner-title" : TitleId;
        var level = (TitleHeadingLevel ?? 2).ToString(CultureInfo.InvariantCulture);
        var title = new HtmlElement("h" + level).Class("govuk-notification-banner__title").Attr("id", titleId);
        if (TitleHtml is null && string.IsNullOrEmpty(TitleText))
        {
            title.Text(success ? "Success" : "Important");
        }
        else
        {
            title.Content(TitleText, TitleHtml);
        }
        var content = new HtmlElement("div").Class("govuk-notification-banner__content");
        if (body is not null)
        {
            content.Append(body);
        }
        else if (!string.IsNullOrEmpty(Text))
        {
            content.Append(new HtmlElement("p").Class("govuk-notification-banner__heading").Text(Text));
        }
        return new HtmlElement("div").Class("govuk-notification-banner")
            .ClassIf(success, "govuk-notification-banner--success").Class(Classes)
            .Attr("role", !string.IsNullOrEmpty(Role) ? Role : success ? "alert" : "region")
            .Attr("aria-labelledby", titleId).Attr("data-module", "govuk-notification-banner")
            .Attr("data-disable-auto-focus", DisableAutoFocus is { } off ? (off ? "true" : "false") : null)
            .Attrs(attributes)
            .Append(new HtmlElement("div").Class("govuk-notification-banner__header").Append(title))
            .Append(content);
    }
}

/// <summary>GOV.UK breadcrumbs: the last item, with no href, is the current page.</summary>
[HtmlTargetElement("govuk-breadcrumbs", TagStructure = TagStructure.WithoutEndTag)]
public sealed class BreadcrumbsTagHelper : GovUkTagHelper
{
    public IEnumerable<NavigationLink> Items { get; set; } = [];
    public bool CollapseOnMobile { get; set; }
    public string? LabelText { get; set; }
    public string? Classes { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var list = new HtmlElement("ol").Class("govuk-breadcrumbs__list");
        foreach (var item in Items)
        {
            var li = new HtmlElement("li").Class("govuk-breadcrumbs__list-item");
            list.Append(string.IsNullOrEmpty(item.Href)
                ? li.Attr("aria-current", "page").Content(item.Text, item.Html)
                : li.Append(new HtmlElement("a").Class("govuk-breadcrumbs__link").Attr("href", item.Href)
                    .Attrs(item.Attributes).Content(item.Text, item.Html)));
        }
        return new HtmlElement("nav").Class("govuk-breadcrumbs").Class(Classes)
            .ClassIf(CollapseOnMobile, "govuk-breadcrumbs--collapse-on-mobile").Attrs(attributes)
            .Attr("aria-label", LabelText ?? "Breadcrumb").Append(list);
    }
}
