using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>The GOV.UK textarea: <c>&lt;govuk-textarea asp-for="Summary" label-text="Summary" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaTagHelper : LabelledFieldTagHelper
{
    public int? Rows { get; set; }
    public string? Value { get; set; }
    public string? Classes { get; set; }
    public string? Autocomplete { get; set; }
    public bool? Spellcheck { get; set; }
    public bool Disabled { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var id = FieldId;
        var (group, describedBy) = LabelledGroup(id);
        return group.Append(Textarea(id, FieldName, describedBy, "govuk-textarea", attributes));
    }

    /// <summary>The textarea element itself, which the character count reuses with its own class.</summary>
    internal HtmlElement Textarea(string? id, string? name, string? describedBy, string className,
        IEnumerable<KeyValuePair<string, object?>> attributes) =>
        new HtmlElement("textarea").Class(className).ClassIf(HasError, "govuk-textarea--error").Class(Classes)
            .Attr("id", id).Attr("name", name).Attr("rows", (Rows ?? 5).ToString(CultureInfo.InvariantCulture))
            .Attr("spellcheck", Spellcheck is { } check ? (check ? "true" : "false") : null)
            .Flag("disabled", Disabled).Attr("aria-describedby", describedBy).Attr("autocomplete", Autocomplete)
            .Attrs(attributes).Text(Value ?? ModelValue());
}
