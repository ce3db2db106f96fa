using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>A link in the service navigation; <see cref="Current"/> is this page, <see cref="Active"/> its section.</summary>
public sealed record ServiceNavigationItem(string? Text, string? Href = null, IHtmlContent? Html = null)
{
    public bool Active { get; init; }
    public bool Current { get; init; }
    public IReadOnlyDictionary<string, object?>? Attributes { get; init; }
}

/// <summary>
/// The GOV.UK service navigation under the header: the service's name and its main sections. The slots take
/// markup for what the page adds (such as a "Sign out" link at the end).
/// </summary>
[HtmlTargetElement("govuk-service-navigation", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ServiceNavigationTagHelper : GovUkTagHelper
{
    public string? ServiceName { get; set; }
    public string? ServiceUrl { get; set; }
    public IEnumerable<ServiceNavigationItem?> Navigation { get; set; } = [];
    public string? NavigationId { get; set; }
    public string? NavigationLabel { get; set; }
    public string? NavigationClasses { get; set; }
    public string? MenuButtonText { get; set; }
    public string? MenuButtonLabel { get; set; }
    public bool? CollapseNavigationOnMobile { get; set; }
    public string? AriaLabel { get; set; }
    public string? Classes { get; set; }
    public IHtmlContent? SlotStart { get; set; }
    public IHtmlContent? SlotEnd { get; set; }
    public bool SlotEndInline { get; set; }
    public IHtmlContent? SlotNavigationStart { get; set; }
    public IHtmlContent? SlotNavigationEnd { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var container = new HtmlElement("div").Class("govuk-service-navigation__container");
        if (!string.IsNullOrEmpty(ServiceName))
        {
            container.Append(new HtmlElement("span").Class("govuk-service-navigation__service-name")
                .Append(string.IsNullOrEmpty(ServiceUrl)
                    ? new HtmlElement("span").Class("govuk-service-navigation__text").Text(ServiceName)
                    : new HtmlElement("a").Attr("href", ServiceUrl).Class("govuk-service-navigation__link").Text(ServiceName)));
        }
        var items = Navigation.OfType<ServiceNavigationItem>().ToList();
        if (items.Count > 0 || SlotNavigationStart is not null || SlotNavigationEnd is not null)
        {
            container.Append(Nav(items));
        }
        var inner = new HtmlElement("div").Class("govuk-width-container")
            .ClassIf(SlotEnd is not null && SlotEndInline, "govuk-service-navigation__inlining-container")
            .Append(SlotStart).Append(container).Append(SlotEnd);
        var isRegion = !string.IsNullOrEmpty(ServiceName) || SlotStart is not null || SlotEnd is not null;
        return new HtmlElement(isRegion ? "section" : "div")
            .Attr("aria-label", isRegion ? AriaLabel ?? "Service information" : null)
            .Class("govuk-service-navigation").Class(Classes).Attr("data-module", "govuk-service-navigation")
            .Attrs(attributes).Append(inner);
    }

    private HtmlElement Nav(List<ServiceNavigationItem> items)
    {
        var menuText = string.IsNullOrEmpty(MenuButtonText) ? "Menu" : MenuButtonText;
        var navigationId = string.IsNullOrEmpty(NavigationId) ? "navigation" : NavigationId;
        var nav = new HtmlElement("nav").Attr("aria-label", string.IsNullOrEmpty(NavigationLabel) ? menuText : NavigationLabel)
            .Class("govuk-service-navigation__wrapper").Class(NavigationClasses);
        if (CollapseNavigationOnMobile ?? items.Count > 1)
        {
            nav.Append(new HtmlElement("button").Attr("type", "button")
                .Class("govuk-service-navigation__toggle govuk-js-service-navigation-toggle")
                .Attr("aria-controls", navigationId)
                .Attr("aria-label", !string.IsNullOrEmpty(MenuButtonLabel) && MenuButtonLabel != menuText ? MenuButtonLabel : null)
                .Flag("hidden", true).Attr("aria-hidden", "true").Text(menuText));
        }
        return nav.Append(new HtmlElement("ul").Class("govuk-service-navigation__list").Attr("id", navigationId)
            .Append(SlotNavigationStart).AppendRange(items.Select(Item)).Append(SlotNavigationEnd));
    }

    private static HtmlElement Item(ServiceNavigationItem item)
    {
        var active = item.Active || item.Current;
        var label = active
            ? new HtmlElement("strong").Class("govuk-service-navigation__active-fallback").Content(item.Text, item.Html)
            : Parts.Wrap(item.Text, item.Html);
        var ariaCurrent = active ? (item.Current ? "page" : "true") : null;
        var li = new HtmlElement("li").Class("govuk-service-navigation__item")
            .ClassIf(active, "govuk-service-navigation__item--active");
        if (!string.IsNullOrEmpty(item.Href))
        {
            return li.Append(new HtmlElement("a").Class("govuk-service-navigation__link").Attr("href", item.Href)
                .Attr("aria-current", ariaCurrent).Attrs(item.Attributes).Append(label));
        }
        return item.Html is null && string.IsNullOrEmpty(item.Text) ? li
            : li.Append(new HtmlElement("span").Class("govuk-service-navigation__text").Attr("aria-current", ariaCurrent)
                .Append(label));
    }
}
