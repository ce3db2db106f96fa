using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>
/// One task: its title (a link while the user can start it), an optional hint, and its status, given as text
/// (<see cref="StatusText"/>, such as "Completed") or as a tag (<see cref="StatusTagText"/>, such as "Incomplete").
/// </summary>
public sealed record TaskListItem(string? TitleText, string? Href = null)
{
    public IHtmlContent? TitleHtml { get; init; }
    public string? TitleClasses { get; init; }
    public string? HintText { get; init; }
    public IHtmlContent? HintHtml { get; init; }
    public string? StatusText { get; init; }
    public IHtmlContent? StatusHtml { get; init; }
    public string? StatusClasses { get; init; }
    public string? StatusTagText { get; init; }
    public IHtmlContent? StatusTagHtml { get; init; }
    public string? StatusTagClasses { get; init; }
    public IReadOnlyDictionary<string, object?>? StatusTagAttributes { get; init; }
    public string? Classes { get; init; }
}

/// <summary>The GOV.UK task list, such as the sections of a tender still to complete.</summary>
[HtmlTargetElement("govuk-task-list", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TaskListTagHelper : GovUkTagHelper
{
    public IEnumerable<TaskListItem?> Items { get; set; } = [];
    public string? IdPrefix { get; set; }
    public string? Classes { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var list = new HtmlElement("ul").Class("govuk-task-list").Class(Classes).Attrs(attributes);
        var index = 0;
        foreach (var item in Items)
        {
            // Falsy items still take a number, as the macro's loop index does.
            index++;
            if (item is not null)
            {
                list.Append(Item(item, index));
            }
        }
        return list;
    }

    private HtmlElement Item(TaskListItem item, int index)
    {
        var prefix = (string.IsNullOrEmpty(IdPrefix) ? "task-list" : IdPrefix) + "-"
            + index.ToString(CultureInfo.InvariantCulture);
        var hasHint = item.HintText is not null || item.HintHtml is not null;
        var hasLink = !string.IsNullOrEmpty(item.Href);
        var title = hasLink
            ? new HtmlElement("a").Class("govuk-link govuk-task-list__link").Class(item.TitleClasses)
                .Attr("href", item.Href)
                .Attr("aria-describedby", Parts.JoinIds(hasHint ? prefix + "-hint" : null, prefix + "-status"))
            : new HtmlElement("div").Class(item.TitleClasses);
        var nameAndHint = new HtmlElement("div").Class("govuk-task-list__name-and-hint")
            .Append(title.Content(item.TitleText, item.TitleHtml));
        if (hasHint)
        {
            nameAndHint.Append(new HtmlElement("div").Attr("id", prefix + "-hint").Class("govuk-task-list__hint")
                .Content(item.HintText, item.HintHtml));
        }
        var status = new HtmlElement("div").Class("govuk-task-list__status").Class(item.StatusClasses)
            .Attr("id", prefix + "-status");
        if (item.StatusTagText is not null || item.StatusTagHtml is not null)
        {
            status.Append(new HtmlElement("strong").Class("govuk-tag").Class(item.StatusTagClasses)
                .Attrs(item.StatusTagAttributes)
                .Content(item.StatusTagText, item.StatusTagHtml));
        }
        else
        {
            status.Content(item.StatusText, item.StatusHtml);
        }
        return new HtmlElement("li").Class("govuk-task-list__item").ClassIf(hasLink, "govuk-task-list__item--with-link")
            .Class(item.Classes).Append(nameAndHint).Append(status);
    }
}
