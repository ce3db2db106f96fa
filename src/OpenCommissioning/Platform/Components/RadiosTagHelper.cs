using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>
/// GOV.UK radios: <c>&lt;govuk-radios asp-for="LegalForm" fieldset-legend-text="Legal form" items="..." /&gt;</c>.
/// The first radio's id is the field's id, so the error summary's link lands on it.
/// </summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class RadiosTagHelper : ChoicesTagHelper
{
    public string? Value { get; set; }

    protected override string Block => "radios";

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes) =>
        Render(attributes, FieldsetDescribedBy);

    protected override bool IsChecked(ChoiceItem item)
    {
        var value = Value ?? ModelValue();
        return item.Checked ?? (!string.IsNullOrEmpty(value) && item.Value == value);
    }

    protected override string? ItemDescribedBy(string? itemHintId, string? groupDescribedBy, bool hasFieldset) =>
        itemHintId;
}
