using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>
/// What every form control shares: its id and name, hint, error message and form group, and <c>asp-for</c>, which
/// fills the id, name, value and error message from the model expression and ModelState so that a re-rendered
/// form keeps what the user typed and shows what is wrong.
/// </summary>
public abstract class FieldTagHelper : GovUkTagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? DescribedBy { get; set; }
    public string? HintText { get; set; }
    public IHtmlContent? HintHtml { get; set; }
    public string? HintClasses { get; set; }
    public string? ErrorMessageText { get; set; }
    public IHtmlContent? ErrorMessageHtml { get; set; }
    public string? ErrorMessageVisuallyHiddenText { get; set; }
    public string? FormGroupClasses { get; set; }

    protected string? FieldName => Name ?? (For is null ? null : FullName(For.Name));

    /// <summary>The id: given, or derived from the name the way govuk-frontend does (dots made safe for asp-for).</summary>
    protected string? FieldId => Id ?? (For is null ? Name : TagBuilder.CreateSanitizedId(FieldName, "_"));

    /// <summary>The value the user last posted if there is one, otherwise the model's.</summary>
    protected string? ModelValue() =>
        For is null ? null : PostedValue(FieldName) ?? Convert.ToString(For.Model, CultureInfo.CurrentCulture);

    /// <summary>What the user posted under a key, so that a re-rendered form keeps it even when it was not valid.</summary>
    protected string? PostedValue(string? key) =>
        key is not null && ViewContext?.ViewData.ModelState.TryGetValue(key, out var entry) == true
            ? entry.AttemptedValue
            : null;

    /// <summary>The values the user last posted (for choices that can hold several), otherwise the model's.</summary>
    protected IReadOnlyCollection<string> ModelValues()
    {
        if (For is null)
        {
            return [];
        }
        if (ViewContext?.ViewData.ModelState.TryGetValue(FieldName!, out var entry) == true
            && entry.RawValue is not null)
        {
            return entry.RawValue is string[] raw ? raw : [entry.AttemptedValue ?? string.Empty];
        }
        return For.Model switch
        {
            null => [],
            string single => [single],
            System.Collections.IEnumerable many => many.Cast<object?>()
                .Select(v => Convert.ToString(v, CultureInfo.CurrentCulture) ?? string.Empty).ToArray(),
            var single => [Convert.ToString(single, CultureInfo.CurrentCulture) ?? string.Empty],
        };
    }

    protected bool HasError => ErrorMessageHtml is not null || ErrorMessageText is not null || ModelError() is not null;

    protected HtmlElement? ErrorMessage(string? id) => HasError
        ? Parts.ErrorMessage(id, ErrorMessageText ?? ModelError(), ErrorMessageHtml, ErrorMessageVisuallyHiddenText)
        : null;

    protected HtmlElement? Hint(string? id) => HintText is null && HintHtml is null
        ? null
        : Parts.Hint(id, HintText, HintHtml, HintClasses);

    protected HtmlElement FormGroup() =>
        new HtmlElement("div").Class("govuk-form-group").ClassIf(HasError, "govuk-form-group--error")
            .Class(FormGroupClasses);

    /// <summary>The field's first error in ModelState, if any; a control made of several fields looks at each.</summary>
    protected virtual string? ModelError() => ModelError(FieldName);

    protected string? ModelError(string? key)
    {
        if (For is null || ViewContext is null || key is null
            || !ViewContext.ViewData.ModelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
        {
            return null;
        }
        var message = entry.Errors[0].ErrorMessage;
        return string.IsNullOrEmpty(message) ? "Enter a valid value" : message;
    }

    private string FullName(string expression) =>
        ViewContext?.ViewData.TemplateInfo.GetFullHtmlFieldName(expression) ?? expression;
}
