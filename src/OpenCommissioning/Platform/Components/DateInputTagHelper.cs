using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>
/// The GOV.UK date input: <c>&lt;govuk-date-input asp-for="Input.Deadline" fieldset-legend-text="Deadline" /&gt;</c>
/// with a <see cref="DateInputValue"/> property. asp-for names the fields <c>Input.Deadline.Day</c>, <c>.Month</c>
/// and <c>.Year</c> and ids them <c>Input_Deadline-day</c> and so on; an error on the whole date marks all three
/// fields, an error on one part marks that field, and the error summary links to the day field (or the part).
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper : FieldTagHelper
{
    private static readonly string[] Kinds = ["day", "month", "year"];

    public string? NamePrefix { get; set; }
    public string? Classes { get; set; }
    public IEnumerable<DateInputItem>? Items { get; set; }
    public DateInputItem? Day { get; set; }
    public DateInputItem? Month { get; set; }
    public DateInputItem? Year { get; set; }
    public bool IncludeDay { get; set; } = true;
    public bool IncludeMonth { get; set; } = true;
    public bool IncludeYear { get; set; } = true;

    /// <summary>Values by field name (with the name prefix, if any), as the macro's <c>values</c>.</summary>
    public IReadOnlyDictionary<string, string?>? Values { get; set; }

    public string? FieldsetLegendText { get; set; }
    public IHtmlContent? FieldsetLegendHtml { get; set; }
    public string? FieldsetLegendClasses { get; set; }
    public bool FieldsetLegendIsPageHeading { get; set; }
    public string? FieldsetClasses { get; set; }
    public string? FieldsetDescribedBy { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var id = FieldId;
        var hint = Hint(id + "-hint");
        var error = ErrorMessage(id + "-error");
        var describedBy = Parts.JoinIds(FieldsetDescribedBy ?? DescribedBy, hint is null ? null : id + "-hint",
            error is null ? null : id + "-error");

        var items = Resolve().ToList();
        var anyItemHasError = items.Any(i => ItemHasError(i.Item, i.Kind));
        var dateInput = new HtmlElement("div").Class("govuk-date-input").Class(Classes).Attrs(attributes)
            .Attr("id", id).AppendRange(items.Select(i => Field(i.Item, i.Kind, id, anyItemHasError)));

        var hasFieldset = FieldsetLegendText is not null || FieldsetLegendHtml is not null
            || FieldsetClasses is not null || FieldsetDescribedBy is not null;
        var group = FormGroup();
        if (!hasFieldset)
        {
            return group.Append(hint).Append(error).Append(dateInput);
        }
        var legend = new LegendOptions(FieldsetLegendText, FieldsetLegendHtml, FieldsetLegendClasses,
            FieldsetLegendIsPageHeading);
        return group.Append(Parts.Fieldset(legend, describedBy, FieldsetClasses, role: "group")
            .Append(hint).Append(error).Append(dateInput));
    }

    protected override string? ModelError() =>
        ModelError(FieldName) ?? Kinds.Select(kind => ModelError(PartKey(kind))).FirstOrDefault(e => e is not null);

    /// <summary>The fields to show, each with the standard part (day, month or year) it stands for, if any.</summary>
    private IEnumerable<(DateInputItem Item, string? Kind)> Resolve()
    {
        var standards = Standards().ToList();
        if (Items?.Any() == true)
        {
            return Items.Select(item => (item, (string?)standards.FirstOrDefault(d =>
                item.Name is { } name && (name == d.Kind || name == d.Item.Name)).Kind));
        }
        return standards.Where(d => d.Included)
            .Select(d => (d.Item with { Name = d.Item.Name ?? d.Kind }, (string?)d.Kind));
    }

    /// <summary>The standard day, month and year fields, with the page's overrides and values.</summary>
    private IEnumerable<(string Kind, bool Included, DateInputItem Item)> Standards() =>
        new[] { (IncludeDay, Day), (IncludeMonth, Month), (IncludeYear, Year) }
            .Select((d, i) => (Kinds[i], d.Item1, d.Item2 ?? new DateInputItem(Kinds[i])
            {
                Value = Values?.GetValueOrDefault(Kinds[i]),
            }));

    private HtmlElement Field(DateInputItem item, string? kind, string? dateId, bool anyItemHasError)
    {
        var name = item.Name ?? kind ?? string.Empty;
        var standard = kind is null ? null : Standards().First(d => d.Kind == kind).Item;
        var fullName = For is not null && kind is not null ? PartKey(kind)
            : string.IsNullOrEmpty(NamePrefix) ? name : $"{NamePrefix}-{name}";
        var value = item.Value ?? standard?.Value ?? Values?.GetValueOrDefault(fullName)
            ?? (For is not null && kind is not null ? PostedValue(fullName) ?? ModelPart(kind) : null);
        var hasError = ItemHasError(item, kind);

        var classes = item.Classes ?? string.Empty;
        var marked = classes.Contains("govuk-input--error", StringComparison.Ordinal);
        var id = item.Id ?? $"{dateId}-{name}";
        var input = new HtmlElement("input").Class("govuk-input govuk-date-input__input")
            .ClassIf(!marked && (hasError || (item.Error != false && HasError && !anyItemHasError)), "govuk-input--error")
            .ClassIf(!classes.Contains("govuk-input--width-", StringComparison.Ordinal),
                kind == "year" ? "govuk-input--width-4" : "govuk-input--width-2")
            .Class(item.Classes).Attr("id", id).Attr("name", fullName).Attr("type", "text")
            .Attr("value", value).Attr("autocomplete", item.Autocomplete).Attr("pattern", item.Pattern)
            .Attr("inputmode", string.IsNullOrEmpty(item.Inputmode) ? "numeric" : item.Inputmode)
            .Attrs(item.Attributes);
        var label = Parts.Label(new LabelOptions(item.Label ?? Capitalise(name), null, "govuk-date-input__label"), id);
        return new HtmlElement("div").Class("govuk-date-input__item")
            .Append(new HtmlElement("div").Class("govuk-form-group").Append(label).Append(input));
    }

    /// <summary>Whether this field alone is marked wrong: by its options, or by an error on its part of the model.</summary>
    private bool ItemHasError(DateInputItem item, string? kind) => item.HasError
        || (For is not null && kind is not null && item.Error is null && ModelError(PartKey(kind)) is not null);

    private string PartKey(string kind) => $"{FieldName}.{char.ToUpperInvariant(kind[0])}{kind[1..]}";

    private string? ModelPart(string kind) => For?.Model is DateInputValue date
        ? kind switch { "day" => date.Day, "month" => date.Month, _ => date.Year }
        : null;

    /// <summary>Nunjucks' capitalize: the first letter upper case, the rest lower.</summary>
    private static string Capitalise(string name) =>
        name.Length == 0 ? name : char.ToUpper(name[0], CultureInfo.InvariantCulture) + name[1..].ToLowerInvariant();
}
