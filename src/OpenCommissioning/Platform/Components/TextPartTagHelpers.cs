using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>A standalone GOV.UK label; the body, if any, is its html.</summary>
[HtmlTargetElement("govuk-label")]
public sealed class LabelTagHelper : GovUkTagHelper
{
    public string? Text { get; set; }
    public string? Classes { get; set; }
    public bool IsPageHeading { get; set; }

    [HtmlAttributeName("for")]
    public string? For { get; set; }

    protected override IHtmlContent? Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes) =>
        Parts.Label(new LabelOptions(Text, body, Classes, IsPageHeading), For, attributes);
}

/// <summary>A standalone GOV.UK hint; the body, if any, is its html.</summary>
[HtmlTargetElement("govuk-hint")]
public sealed class HintTagHelper : GovUkTagHelper
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public string? Classes { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes) =>
        Parts.Hint(Id, Text, body, Classes).Attrs(attributes);
}

/// <summary>A standalone GOV.UK error message; the body, if any, is its html.</summary>
[HtmlTargetElement("govuk-error-message")]
public sealed class ErrorMessageTagHelper : GovUkTagHelper
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public string? Classes { get; set; }
    public string? VisuallyHiddenText { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes) =>
        Parts.ErrorMessage(Id, Text, body, VisuallyHiddenText, Classes).Attrs(attributes);
}

/// <summary>A GOV.UK fieldset around the body (for grouping controls that are not radios, checkboxes or a date).</summary>
[HtmlTargetElement("govuk-fieldset")]
public sealed class FieldsetTagHelper : GovUkTagHelper
{
    public string? LegendText { get; set; }
    public IHtmlContent? LegendHtml { get; set; }
    public string? LegendClasses { get; set; }
    public bool LegendIsPageHeading { get; set; }
    public string? DescribedBy { get; set; }
    public string? Classes { get; set; }
    public string? Role { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes) =>
        Parts.Fieldset(new LegendOptions(LegendText, LegendHtml, LegendClasses, LegendIsPageHeading), DescribedBy,
            Classes, Role).Attrs(attributes).Append(body);
}
