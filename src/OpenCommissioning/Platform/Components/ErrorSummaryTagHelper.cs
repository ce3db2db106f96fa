using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>One entry in the error summary; with an href it links to the field that is wrong.</summary>
public sealed record ErrorSummaryItem(string? Text, string? Href = null, IHtmlContent? Html = null);

/// <summary>
/// The GOV.UK error summary. Given no <see cref="ErrorList"/>, it lists every error in ModelState, each linking to
/// its field's id (the id our form controls derive from <c>asp-for</c>), and shows nothing when the form is valid:
/// <c>&lt;govuk-error-summary /&gt;</c> at the top of every form page.
/// </summary>
[HtmlTargetElement("govuk-error-summary")]
public sealed class ErrorSummaryTagHelper : GovUkTagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    public string? TitleText { get; set; }
    public IHtmlContent? TitleHtml { get; set; }
    public string? DescriptionText { get; set; }
    public IHtmlContent? DescriptionHtml { get; set; }
    public string? Classes { get; set; }
    public bool? DisableAutoFocus { get; set; }

    /// <summary>Errors to show instead of ModelState's; when set, the summary always shows.</summary>
    public IEnumerable<ErrorSummaryItem>? ErrorList { get; set; }

    protected override IHtmlContent? Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var description = body ?? DescriptionHtml;
        var errors = (ErrorList ?? FromModelState()).ToList();
        if (ErrorList is null && errors.Count == 0 && description is null && DescriptionText is null)
        {
            return null;
        }
        var summaryBody = new HtmlElement("div").Class("govuk-error-summary__body");
        if (description is not null || !string.IsNullOrEmpty(DescriptionText))
        {
            summaryBody.Append(new HtmlElement("p").Content(DescriptionText, description));
        }
        if (errors.Count > 0)
        {
            var list = new HtmlElement("ul").Class("govuk-list govuk-error-summary__list");
            foreach (var error in errors)
            {
                var item = new HtmlElement("li");
                list.Append(error.Href is null
                    ? item.Content(error.Text, error.Html)
                    : item.Append(new HtmlElement("a").Attr("href", error.Href).Content(error.Text, error.Html)));
            }
            summaryBody.Append(list);
        }
        var title = new HtmlElement("h2").Class("govuk-error-summary__title")
            .Content(TitleText ?? (TitleHtml is null ? "There is a problem" : null), TitleHtml);
        return new HtmlElement("div").Class("govuk-error-summary").Class(Classes)
            .Attr("data-disable-auto-focus", DisableAutoFocus is { } off ? (off ? "true" : "false") : null)
            .Attrs(attributes).Attr("data-module", "govuk-error-summary")
            .Append(new HtmlElement("div").Attr("role", "alert").Append(title).Append(summaryBody));
    }

    /// <summary>The id our form control gives the field; a date's error goes to its day field.</summary>
    private string FieldId(string key) =>
        DateInputValue.FieldId(ViewContext!.ViewData.ModelExplorer, key, Sanitise) ?? Sanitise(key);

    private static string Sanitise(string key) => TagBuilder.CreateSanitizedId(key, "_");

    /// <summary>The first error of each field, in the order ModelState holds them; errors about the whole form have no link.</summary>
    private IEnumerable<ErrorSummaryItem> FromModelState()
    {
        if (ViewContext is null)
        {
            yield break;
        }
        foreach (var (key, entry) in ViewContext.ViewData.ModelState)
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }
            var message = entry.Errors[0].ErrorMessage;
            var text = string.IsNullOrEmpty(message) ? "Enter a valid value" : message;
            yield return new ErrorSummaryItem(text, key.Length == 0 ? null : "#" + FieldId(key));
        }
    }
}
