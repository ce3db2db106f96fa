using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Opportunities;

/// <summary>A problem with one filter, named by the id of its field on the search form.</summary>
public sealed record QueryError(string Field, string Message);

public sealed record ParsedQuery(OpportunityQuery Query, int Page, IReadOnlyList<QueryError> Errors);

/// <summary>
/// A search as a URL query string and back, so every search can be shared, bookmarked, saved and downloaded.
/// Parsing never throws: each bad value becomes a message for the error summary and is left out of the search.
/// </summary>
public static class OpportunityQueryString
{
    public static ParsedQuery Parse(IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var p = parameters.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase);
        var errors = new List<QueryError>();
        string? One(string key) => p.TryGetValue(key, out var v) ? v.LastOrDefault(s => !string.IsNullOrWhiteSpace(s))?.Trim() : null;
        IEnumerable<string> Many(string key) => p.TryGetValue(key, out var v)
            ? v.SelectMany(s => (s ?? "").Split(',', ' ', ';')).Select(s => s.Trim()).Where(s => s.Length > 0) : [];

        var query = new OpportunityQuery
        {
            Keywords = One("q") is { Length: > 300 } longText ? Error<string>("q", "Keywords must be 300 characters or fewer", longText) : One("q"),
            NoticeTypes = Enums<NoticeType>(Many("type"), "type", "Select a notice type from the list"),
            Statuses = Enums<OpportunityStatus>(Many("status"), "status", "Select a status from the list"),
            CpvCodes = Cpv(Many("cpv")),
            Regions = Regions(Many("region")),
            ValueFrom = Money(One("valueFrom"), "valueFrom", "Minimum value"),
            ValueTo = Money(One("valueTo"), "valueTo", "Maximum value"),
            IncludeNoValue = One("noValue") != "exclude",
            PublishedFrom = Day(One("publishedFrom"), "publishedFrom", "Published from"),
            PublishedTo = Day(One("publishedTo"), "publishedTo", "Published to"),
            ClosingFrom = Day(One("closingFrom"), "closingFrom", "Closing from"),
            ClosingTo = Day(One("closingTo"), "closingTo", "Closing to"),
            SuitableForSme = One("sme") == "true",
            SuitableForVcse = One("vcse") == "true",
            SubContractsOnly = One("subcontract") == "true",
            Buyer = One("buyer"),
            Kind = One("kind") switch
            {
                null => null, "contracts" => OpportunityKind.Contract, "grants" => OpportunityKind.Grant,
                _ => Error<OpportunityKind?>("kind", "Select contracts, grants or both", null),
            },
            Sort = One("sort") is { } sort ? Enum.TryParse<OpportunitySort>(sort, true, out var s) && !int.TryParse(sort, out _) ? s
                : Error("sort", "Select how to sort the results", OpportunitySort.Relevance) : OpportunitySort.Relevance,
        };
        if (query.ValueFrom > query.ValueTo) errors.Add(new("valueTo", "Maximum value must be the same as or more than the minimum value"));
        if (query.PublishedFrom > query.PublishedTo) errors.Add(new("publishedTo", "Published to must be the same as or after published from"));
        if (query.ClosingFrom > query.ClosingTo) errors.Add(new("closingTo", "Closing to must be the same as or after closing from"));
        var page = 1;
        if (One("page") is { } pageText && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1 || page > 10_000))
            page = Error("page", "Page must be a whole number from 1 to 10,000", 1);
        return new(query, page, errors);

        T Error<T>(string field, string message, T fallback)
        {
            errors.Add(new(field, message));
            return fallback;
        }

        IReadOnlyList<T> Enums<T>(IEnumerable<string> values, string field, string message) where T : struct, Enum =>
            values.Select(v => Enum.TryParse<T>(v, true, out var e) && !int.TryParse(v, out _) ? (T?)e : Error<T?>(field, message, null))
                .OfType<T>().Distinct().ToList();

        IReadOnlyList<string> Cpv(IEnumerable<string> values) => values
            .Select(v => CpvCodes.Find(v)?.Code ?? Error<string?>("cpv", $"‘{Shorten(v)}’ is not a CPV code. Enter 8-digit codes, like 85310000", null))
            .OfType<string>().Distinct().ToList();

        IReadOnlyList<string> Regions(IEnumerable<string> values) => values
            .Select(v => UkRegions.Find(v)?.Code ?? Error<string?>("region", $"‘{Shorten(v)}’ is not a UK region", null))
            .OfType<string>().Distinct().ToList();

        decimal? Money(string? text, string field, string label)
        {
            if (text is null) return null;
            var cleaned = text.Replace("£", "").Replace(",", "").Trim();
            return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount < 1_000_000_000_000m
                ? amount : Error<decimal?>(field, $"{label} must be an amount in pounds, like 25000", null);
        }

        DateOnly? Day(string? text, string field, string label)
        {
            if (text is null) return null;
            string[] formats = ["yyyy-MM-dd", "d/M/yyyy", "d M yyyy", "d-M-yyyy"];
            return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day : Error<DateOnly?>(field, $"{label} must be a real date, like 27/3/2025", null);
        }
    }

    public static ParsedQuery Parse(string queryString) =>
        Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString));

    /// <summary>The query string for a search (with a leading "?" unless empty); the page only when past the first.</summary>
    public static string Format(OpportunityQuery query, int page = 1)
    {
        var builder = new QueryBuilder();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) builder.Add(key, value); }
        Add("q", query.Keywords);
        foreach (var type in query.NoticeTypes) Add("type", Lower(type));
        foreach (var status in query.Statuses) Add("status", Lower(status));
        foreach (var code in query.CpvCodes) Add("cpv", code);
        foreach (var region in query.Regions) Add("region", region);
        Add("valueFrom", query.ValueFrom?.ToString(CultureInfo.InvariantCulture));
        Add("valueTo", query.ValueTo?.ToString(CultureInfo.InvariantCulture));
        if (!query.IncludeNoValue) Add("noValue", "exclude");
        Add("publishedFrom", query.PublishedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("publishedTo", query.PublishedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("closingFrom", query.ClosingFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("closingTo", query.ClosingTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (query.SuitableForSme) Add("sme", "true");
        if (query.SuitableForVcse) Add("vcse", "true");
        if (query.SubContractsOnly) Add("subcontract", "true");
        Add("buyer", query.Buyer);
        Add("kind", query.Kind switch { OpportunityKind.Contract => "contracts", OpportunityKind.Grant => "grants", _ => null });
        if (query.Sort != OpportunitySort.Relevance) Add("sort", Lower(query.Sort));
        if (page > 1) Add("page", page.ToString(CultureInfo.InvariantCulture));
        return builder.ToQueryString().Value ?? "";
    }

    public static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
