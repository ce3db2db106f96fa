using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>
/// GOV.UK checkboxes: <c>&lt;govuk-checkboxes asp-for="Services" fieldset-legend-text="Services" items="..." /&gt;</c>.
/// With <c>asp-for</c> on a list, every item whose value is in the list (or was posted) is checked.
/// </summary>
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxesTagHelper : ChoicesTagHelper
{
    public IEnumerable<string>? Values { get; set; }

    protected override string Block => "checkboxes";

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes) =>
        Render(attributes, FieldsetDescribedBy ?? DescribedBy);

    protected override bool IsChecked(ChoiceItem item) =>
        item.Checked ?? (item.Value is not null && (Values ?? ModelValues()).Contains(item.Value));

    // Without a fieldset nothing else names the group for a screen reader, so each box points at the group's hint.
    protected override string? ItemDescribedBy(string? itemHintId, string? groupDescribedBy, bool hasFieldset) =>
        Parts.JoinIds(hasFieldset ? null : groupDescribedBy, itemHintId);
}
