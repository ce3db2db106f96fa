using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>
/// The GOV.UK summary list (a check-your-answers page): <c>&lt;govuk-summary-list rows="Model.Rows" /&gt;</c>.
/// Setting a <c>card-title-*</c> or <c>card-actions</c> wraps the list in a summary card, and each row's action
/// then names the card for screen readers ("Change name (Lead tenderer)").
/// </summary>
[HtmlTargetElement("govuk-summary-list", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SummaryListTagHelper : GovUkTagHelper
{
    public IEnumerable<SummaryListRow?> Rows { get; set; } = [];
    public string? Classes { get; set; }
    public string? CardTitleText { get; set; }
    public IHtmlContent? CardTitleHtml { get; set; }
    public int? CardTitleHeadingLevel { get; set; }
    public string? CardTitleClasses { get; set; }
    public IEnumerable<SummaryListAction>? CardActions { get; set; }
    public string? CardActionsClasses { get; set; }
    public string? CardClasses { get; set; }
    public IReadOnlyDictionary<string, object?>? CardAttributes { get; set; }

    private bool HasCardTitle => CardTitleText is not null || CardTitleHtml is not null;

    private bool IsCard => HasCardTitle || CardActions is not null || CardClasses is not null
        || CardAttributes is not null || CardTitleHeadingLevel is not null || CardTitleClasses is not null;

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var rows = Rows.ToList();
        var anyRowHasActions = rows.Any(r => r?.Actions.Count > 0);
        var list = new HtmlElement("dl").Class("govuk-summary-list").Class(Classes).Attrs(attributes);
        foreach (var row in rows.OfType<SummaryListRow>())
        {
            list.Append(Row(row, anyRowHasActions));
        }
        return IsCard ? Card(list) : list;
    }

    private HtmlElement Row(SummaryListRow row, bool anyRowHasActions)
    {
        var element = new HtmlElement("div").Class("govuk-summary-list__row")
            .ClassIf(anyRowHasActions && row.Actions.Count == 0, "govuk-summary-list__row--no-actions")
            .Class(row.Classes)
            .Append(new HtmlElement("dt").Class("govuk-summary-list__key").Class(row.KeyClasses)
                .Content(row.KeyText, row.KeyHtml))
            .Append(new HtmlElement("dd").Class("govuk-summary-list__value").Class(row.ValueClasses)
                .Content(row.ValueText, row.ValueHtml));
        if (row.Actions.Count == 0)
        {
            return element;
        }
        var actions = new HtmlElement("dd").Class("govuk-summary-list__actions").Class(row.ActionsClasses);
        return element.Append(actions.Append(ActionList(row.Actions, "govuk-summary-list__actions-list",
            "govuk-summary-list__actions-list-item")));
    }

    private HtmlElement Card(HtmlElement list)
    {
        var titleWrapper = new HtmlElement("div").Class("govuk-summary-card__title-wrapper");
        if (HasCardTitle)
        {
            var level = (CardTitleHeadingLevel ?? 2).ToString(CultureInfo.InvariantCulture);
            titleWrapper.Append(new HtmlElement("h" + level).Class("govuk-summary-card__title")
                .Class(CardTitleClasses).Content(CardTitleText, CardTitleHtml));
        }
        var actions = CardActions?.ToList() ?? [];
        if (actions.Count == 1)
        {
            titleWrapper.Append(new HtmlElement("div").Class("govuk-summary-card__actions").Class(CardActionsClasses)
                .Append(Link(actions[0])));
        }
        else if (actions.Count > 1)
        {
            var ul = new HtmlElement("ul").Class("govuk-summary-card__actions").Class(CardActionsClasses);
            ul.AppendRange(actions.Select(a => new HtmlElement("li").Class("govuk-summary-card__action").Append(Link(a))));
            titleWrapper.Append(ul);
        }
        return new HtmlElement("div").Class("govuk-summary-card").Class(CardClasses).Attrs(CardAttributes)
            .Append(titleWrapper)
            .Append(new HtmlElement("div").Class("govuk-summary-card__content").Append(list));
    }

    /// <summary>One action is a bare link; several are a list.</summary>
    private IHtmlContent ActionList(IReadOnlyList<SummaryListAction> actions, string listClass, string itemClass)
    {
        if (actions.Count == 1)
        {
            return Link(actions[0]);
        }
        return new HtmlElement("ul").Class(listClass)
            .AppendRange(actions.Select(a => new HtmlElement("li").Class(itemClass).Append(Link(a))));
    }

    private HtmlElement Link(SummaryListAction action)
    {
        var link = new HtmlElement("a").Class("govuk-link").Class(action.Classes).Attr("href", action.Href ?? "")
            .Attrs(action.Attributes).Content(action.Text, action.Html);
        if (string.IsNullOrEmpty(action.VisuallyHiddenText) && !HasCardTitle)
        {
            return link;
        }
        var hidden = new HtmlElement("span").Class("govuk-visually-hidden");
        if (!string.IsNullOrEmpty(action.VisuallyHiddenText))
        {
            hidden.Text(" " + action.VisuallyHiddenText);
        }
        if (HasCardTitle)
        {
            hidden.Text(" (").Append(Parts.Wrap(CardTitleText, CardTitleHtml)).Text(")");
        }
        return link.Append(hidden);
    }
}
