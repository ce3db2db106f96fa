using Microsoft.AspNetCore.Html;

namespace OpenCommissioning.Platform.Components;

/// <summary>What radios and checkboxes share: a fieldset with a legend, the items and conditional reveals.</summary>
public abstract class ChoicesTagHelper : FieldTagHelper
{
    public string? IdPrefix { get; set; }
    public IEnumerable<ChoiceItem> Items { get; set; } = [];
    public string? Classes { get; set; }
    public string? FieldsetLegendText { get; set; }
    public IHtmlContent? FieldsetLegendHtml { get; set; }
    public string? FieldsetLegendClasses { get; set; }
    public bool FieldsetLegendIsPageHeading { get; set; }
    public string? FieldsetClasses { get; set; }
    public string? FieldsetDescribedBy { get; set; }

    /// <summary>"radios" or "checkboxes": the block name in govuk-frontend's classes.</summary>
    protected abstract string Block { get; }

    protected abstract bool IsChecked(ChoiceItem item);

    /// <summary>The aria-describedby of one item, given the hint on the item (if any) and the group's ids.</summary>
    protected abstract string? ItemDescribedBy(string? itemHintId, string? groupDescribedBy, bool hasFieldset);

    protected string? Prefix => IdPrefix ?? FieldId;

    protected IHtmlContent Render(IReadOnlyList<KeyValuePair<string, object?>> attributes, string? describedBy)
    {
        var prefix = Prefix;
        var hasFieldset = FieldsetLegendText is not null || FieldsetLegendHtml is not null
            || FieldsetClasses is not null || FieldsetDescribedBy is not null;
        var hint = Hint(prefix + "-hint");
        var error = ErrorMessage(prefix + "-error");
        var groupDescribedBy = Parts.JoinIds(describedBy, hint is null ? null : prefix + "-hint",
            error is null ? null : prefix + "-error");

        var choices = new HtmlElement("div").Class($"govuk-{Block}").Class(Classes).Attrs(attributes)
            .Attr("data-module", $"govuk-{Block}");
        var index = 0;
        foreach (var item in Items)
        {
            index++;
            choices.AppendRange(Item(item, index, prefix, groupDescribedBy, hasFieldset));
        }

        var group = FormGroup();
        if (!hasFieldset)
        {
            return group.Append(hint).Append(error).Append(choices);
        }
        var legend = new LegendOptions(FieldsetLegendText, FieldsetLegendHtml, FieldsetLegendClasses,
            FieldsetLegendIsPageHeading);
        return group.Append(Parts.Fieldset(legend, groupDescribedBy, FieldsetClasses)
            .Append(hint).Append(error).Append(choices));
    }

    private IEnumerable<IHtmlContent> Item(ChoiceItem item, int index, string? prefix, string? groupDescribedBy,
        bool hasFieldset)
    {
        if (item.Divider is not null)
        {
            yield return new HtmlElement("div").Class($"govuk-{Block}__divider").Text(item.Divider);
            yield break;
        }
        var id = item.Id ?? (index > 1 ? $"{prefix}-{index}" : prefix);
        var conditionalId = "conditional-" + id;
        var hasHint = item.HintText is not null || item.HintHtml is not null;
        var hintId = id + "-item-hint";
        var isChecked = IsChecked(item);
        var hasConditional = item.ConditionalHtml is not null;
        var input = new HtmlElement("input").Class($"govuk-{Block}__input").Attr("id", id)
            .Attr("name", item.Name ?? FieldName).Attr("type", Block == "radios" ? "radio" : "checkbox")
            .Attr("value", item.Value ?? string.Empty).Flag("checked", isChecked).Flag("disabled", item.Disabled)
            .Attr("data-aria-controls", hasConditional ? conditionalId : null)
            .Attr("data-behaviour", item.Behaviour)
            .Attr("aria-describedby", ItemDescribedBy(hasHint ? hintId : null, groupDescribedBy, hasFieldset));
        var label = Parts.Label(new LabelOptions(item.Text, item.Html, $"govuk-{Block}__label {item.LabelClasses}".Trim()), id);
        var wrapper = new HtmlElement("div").Class($"govuk-{Block}__item").Append(input).Append(label);
        if (hasHint)
        {
            wrapper.Append(Parts.Hint(hintId, item.HintText, item.HintHtml, $"govuk-{Block}__hint"));
        }
        yield return wrapper;
        if (hasConditional)
        {
            yield return new HtmlElement("div").Class($"govuk-{Block}__conditional")
                .ClassIf(!isChecked, $"govuk-{Block}__conditional--hidden").Attr("id", conditionalId)
                .Append(item.ConditionalHtml);
        }
    }
}
