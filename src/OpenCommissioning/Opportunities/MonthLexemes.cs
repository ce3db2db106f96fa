using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Opportunities;

/// <summary>
/// What the database holds at the time of a search that bounds an open-ended date filter: "published since
/// August" can only reach as far as the newest notice, and "open" as far as the latest closing date.
/// </summary>
public sealed record DateBounds(DateTimeOffset Now, DateTimeOffset? LatestPublished, DateTimeOffset? LatestClosing);

/// <summary>
/// Date filters as month lexemes (<c>p:202611</c> published, <c>x:202612</c> closing, in UTC) that the search index
/// holds beside the other filters (migration PostgresMonthLexemes). They only narrow: the exact date is still tested
/// on the table, so a month list may be wider than the filter but never narrower. A span of more than
/// <see cref="MaxMonths"/> months is left to the table, where a long list of lexemes would cost more than it saves.
/// </summary>
internal static class MonthLexemes
{
    public const int MaxMonths = 12;

    /// <summary>The tsquery groups for the query's date filters that can narrow the index; empty if none can.</summary>
    public static IEnumerable<string> For(OpportunityQuery query, DateBounds? bounds)
    {
        if (bounds is null) yield break;
        var published = Span("p:", query.PublishedFrom is { } pf ? UkTime.StartOfDay(pf) : null,
            query.PublishedTo is { } pt ? UkTime.StartOfDay(pt.AddDays(1)) : null, bounds.LatestPublished);
        if (published is not null) yield return published;
        DateTimeOffset? closingFrom = query.ClosingFrom is { } cf ? UkTime.StartOfDay(cf) : null;
        // Open means closing after now: only "open" alone, since any other status alongside it may have closed.
        if (query.Statuses.Count > 0 && query.Statuses.All(s => s == OpportunityStatus.Open) && (closingFrom is null || closingFrom < bounds.Now))
            closingFrom = bounds.Now;
        var closing = Span("x:", closingFrom, query.ClosingTo is { } ct ? UkTime.StartOfDay(ct.AddDays(1)) : null, bounds.LatestClosing);
        if (closing is not null) yield return closing;
    }

    /// <summary>The months from <paramref name="from"/> to just before <paramref name="toExclusive"/> (or to
    /// <paramref name="latest"/>, whichever is sooner) as an OR of lexemes; null if unbounded or too long.</summary>
    internal static string? Span(string prefix, DateTimeOffset? from, DateTimeOffset? toExclusive, DateTimeOffset? latest)
    {
        if (from is not { } start || latest is not { } newest) return null;
        var end = toExclusive is { } to && to.AddTicks(-1) < newest ? to.AddTicks(-1) : newest;
        if (end < start) return null;
        var first = Month(start);
        var last = Month(end);
        var count = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        if (count > MaxMonths) return null;
        var months = Enumerable.Range(0, count).Select(i => first.AddMonths(i)).Select(m => $"'{prefix}{m.Year * 100 + m.Month}'");
        return "(" + string.Join(" | ", months) + ")";
    }

    private static DateOnly Month(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return new DateOnly(utc.Year, utc.Month, 1);
    }
}
