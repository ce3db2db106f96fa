using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>The GOV.UK text input: <c>&lt;govuk-input asp-for="Name" label-text="Full name" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputTagHelper : LabelledFieldTagHelper
{
    public string? Type { get; set; }

    // A typed password is never written back into a page: it would sit in the HTML, in caches and in history.
    private bool IsPassword => string.Equals(Type, "password", StringComparison.OrdinalIgnoreCase);
    public string? Value { get; set; }
    public string? Classes { get; set; }
    public string? Inputmode { get; set; }
    public string? Autocomplete { get; set; }
    public string? Autocapitalize { get; set; }
    public string? Pattern { get; set; }
    public bool? Spellcheck { get; set; }
    public bool Disabled { get; set; }
    public string? PrefixText { get; set; }
    public IHtmlContent? PrefixHtml { get; set; }
    public string? PrefixClasses { get; set; }
    public string? SuffixText { get; set; }
    public IHtmlContent? SuffixHtml { get; set; }
    public string? SuffixClasses { get; set; }
    public string? InputWrapperClasses { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var id = FieldId;
        var (group, describedBy) = LabelledGroup(id);
        var input = new HtmlElement("input").Class("govuk-input").Class(Classes).ClassIf(HasError, "govuk-input--error")
            .Attr("id", id).Attr("name", FieldName).Attr("type", string.IsNullOrEmpty(Type) ? "text" : Type)
            .Attr("spellcheck", Spellcheck is { } check ? (check ? "true" : "false") : null)
            .Attr("value", Value ?? (IsPassword ? null : ModelValue())).Flag("disabled", Disabled)
            .Attr("aria-describedby", describedBy).Attr("autocomplete", Autocomplete)
            .Attr("autocapitalize", Autocapitalize).Attr("pattern", Pattern).Attr("inputmode", Inputmode)
            .Attrs(attributes);

        var hasPrefix = PrefixHtml is not null || !string.IsNullOrEmpty(PrefixText);
        var hasSuffix = SuffixHtml is not null || !string.IsNullOrEmpty(SuffixText);
        if (!hasPrefix && !hasSuffix)
        {
            return group.Append(input);
        }
        var wrapper = new HtmlElement("div").Class("govuk-input__wrapper").Class(InputWrapperClasses);
        if (hasPrefix)
        {
            wrapper.Append(Affix("prefix", PrefixText, PrefixHtml, PrefixClasses));
        }
        wrapper.Append(input);
        if (hasSuffix)
        {
            wrapper.Append(Affix("suffix", SuffixText, SuffixHtml, SuffixClasses));
        }
        return group.Append(wrapper);
    }

    private static HtmlElement Affix(string type, string? text, IHtmlContent? html, string? classes) =>
        new HtmlElement("div").Class($"govuk-input__{type}").Class(classes).Attr("aria-hidden", "true")
            .Content(text, html);
}
