using System.Globalization;
using System.Text;

namespace OpenCommissioning.Opportunities;

/// <summary>
/// The results of any search as CSV, for the same query string as the search page. Rows are written as they are
/// read, so a large download never sits in memory. Cells that a spreadsheet would run as a formula are defused.
/// </summary>
public static class SearchCsv
{
    public const int MaxRows = 100_000;

    public static async Task HandleAsync(HttpContext context, OpportunitySearch search, TimeProvider clock)
    {
        var parsed = OpportunityQueryString.Parse(context.Request.Query);
        if (parsed.Errors.Count > 0)
        {
            await Results.Problem(statusCode: 400, title: "The search has bad filter values",
                detail: string.Join(". ", parsed.Errors.Select(e => $"{e.Field}: {e.Message}"))).ExecuteAsync(context);
            return;
        }
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"notices.csv\"";
        var now = clock.GetUtcNow();
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false));
        await writer.WriteLineAsync(Row(Header));
        await foreach (var notice in search.StreamAsync(parsed.Query, MaxRows).WithCancellation(context.RequestAborted))
            await writer.WriteLineAsync(Row(Cells(notice, now)));
    }

    private static readonly string[] Header =
    [
        "ocid", "title", "buyer", "buyer_id", "notice_type", "status", "value", "currency", "published", "closing",
        "cpv_codes", "regions", "suitable_for_sme", "suitable_for_vcse", "sub_contract", "source", "url",
        "kind", "grant_recipient", "grant_funder", "grant_programme",
    ];

    private static string[] Cells(Opportunity o, DateTimeOffset now) =>
    [
        o.Ocid, o.Title, o.BuyerName ?? "", o.BuyerId ?? "", OpportunityQueryString.Lower(o.NoticeType),
        OpportunityQueryString.Lower(o.StatusAt(now)), o.ValueAmount?.ToString(CultureInfo.InvariantCulture) ?? "",
        o.ValueCurrency ?? "", o.PublishedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        o.ClosingAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "", string.Join(' ', o.CpvCodeList),
        o.RegionCodes.Trim(), Yes(o.SuitableForSme), Yes(o.SuitableForVcse), Yes(o.IsSubContract), o.Source ?? "",
        OpportunityLinks.Notice(o.Ocid),
        o.Kind == OpportunityKind.Grant ? "grant" : "contract", o.GrantRecipient ?? "", o.GrantFunder ?? "", o.GrantProgramme ?? "",
    ];

    private static string Yes(bool value) => value ? "yes" : "no";

    internal static string Row(IEnumerable<string> cells) => string.Join(',', cells.Select(Cell));

    internal static string Cell(string value)
    {
        // A leading =, +, - or @ makes Excel evaluate the cell (CSV injection); a quote mark keeps it text.
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
