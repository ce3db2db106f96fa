using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>An option in a select. Without a value, the browser submits the text.</summary>
public sealed record SelectItem(string? Value, string Text, bool? Selected = null, bool Disabled = false);

/// <summary>
/// The GOV.UK select: <c>&lt;govuk-select asp-for="LegalForm" label-text="Legal form" items="Model.LegalForms" /&gt;</c>.
/// The option matching the value (or the model's value) is selected.
/// </summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectTagHelper : LabelledFieldTagHelper
{
    public IEnumerable<SelectItem> Items { get; set; } = [];
    public string? Value { get; set; }
    public string? Classes { get; set; }
    public bool Disabled { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var id = FieldId;
        var (group, describedBy) = LabelledGroup(id);
        var value = Value ?? ModelValue();
        var select = new HtmlElement("select").Class("govuk-select").Class(Classes)
            .ClassIf(HasError, "govuk-select--error").Attr("id", id).Attr("name", FieldName)
            .Flag("disabled", Disabled).Attr("aria-describedby", describedBy).Attrs(attributes);
        foreach (var item in Items)
        {
            var selected = item.Selected ?? (!string.IsNullOrEmpty(value) && (item.Value ?? item.Text) == value);
            select.Append(new HtmlElement("option").Attr("value", item.Value).Flag("selected", selected)
                .Flag("disabled", item.Disabled).Text(item.Text));
        }
        return group.Append(select);
    }
}
