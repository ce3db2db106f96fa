using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>One table cell or column heading; <see cref="Format"/> "numeric" right-aligns figures.</summary>
public sealed record TableCell(string? Text, IHtmlContent? Html = null)
{
    public string? Format { get; init; }
    public string? Classes { get; init; }
    public int? Colspan { get; init; }
    public int? Rowspan { get; init; }
    public IReadOnlyDictionary<string, object?>? Attributes { get; init; }
}

/// <summary>
/// The GOV.UK table: <c>&lt;govuk-table caption="Bids" head="Model.Head" rows="Model.Rows" /&gt;</c>.
/// With <c>first-cell-is-header</c> each row's first cell heads its row for screen readers.
/// </summary>
[HtmlTargetElement("govuk-table", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TableTagHelper : GovUkTagHelper
{
    public IEnumerable<IEnumerable<TableCell>?> Rows { get; set; } = [];
    public IEnumerable<TableCell>? Head { get; set; }
    public string? Caption { get; set; }
    public string? CaptionClasses { get; set; }
    public bool FirstCellIsHeader { get; set; }
    public string? Classes { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var table = new HtmlElement("table").Class("govuk-table").Class(Classes).Attrs(attributes);
        if (!string.IsNullOrEmpty(Caption))
        {
            table.Append(new HtmlElement("caption").Class("govuk-table__caption").Class(CaptionClasses).Text(Caption));
        }
        if (Head is not null)
        {
            var headRow = new HtmlElement("tr").Class("govuk-table__row")
                .AppendRange(Head.Select(cell => Cell("th", cell, "govuk-table__header").Attr("scope", "col")));
            table.Append(new HtmlElement("thead").Class("govuk-table__head").Append(headRow));
        }
        var tbody = new HtmlElement("tbody").Class("govuk-table__body");
        foreach (var row in Rows.OfType<IEnumerable<TableCell>>())
        {
            tbody.Append(new HtmlElement("tr").Class("govuk-table__row").AppendRange(row.Select((cell, i) =>
                i == 0 && FirstCellIsHeader
                    ? Cell("th", cell with { Format = null }, "govuk-table__header").Attr("scope", "row")
                    : Cell("td", cell, "govuk-table__cell"))));
        }
        return table.Append(tbody);
    }

    private static HtmlElement Cell(string tag, TableCell cell, string block) =>
        new HtmlElement(tag).Class(block).Class(string.IsNullOrEmpty(cell.Format) ? null : $"{block}--{cell.Format}")
            .Class(cell.Classes).Attr("colspan", Number(cell.Colspan)).Attr("rowspan", Number(cell.Rowspan))
            .Attrs(cell.Attributes).Content(cell.Text, cell.Html);

    private static string? Number(int? value) => value is > 0 ? value.Value.ToString(CultureInfo.InvariantCulture) : null;
}
