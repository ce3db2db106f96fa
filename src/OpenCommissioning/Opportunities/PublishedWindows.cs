namespace OpenCommissioning.Opportunities;

/// <summary>
/// Spans of publication dates, newest first: the month up to the newest notice, then the two, three and six months
/// before it, then a year at a time back to the oldest. A search ranked by relevance walks them to find its most recently published
/// matches, so that a common word costs a read of a month or two of its matches rather than of every one
/// (docs/decisions/0007). Each span is in UK days, as the date filters are, and they neither overlap nor leave gaps.
/// None is longer than a year, so that each can narrow the search index by month (<see cref="MonthLexemes"/>); that
/// is quick when the table is stored roughly in publication order, as one filled over time is.
/// </summary>
internal static class PublishedWindows
{
    private static readonly int[] FirstDaysBack = [31, 92, 183, 366];

    /// <summary>
    /// The spans from <paramref name="newest"/> back to <paramref name="oldest"/>; the first is open-ended forwards
    /// and the last backwards, so notices dated outside the two still fall in one.
    /// </summary>
    public static IEnumerable<(DateOnly? From, DateOnly? To)> Before(DateOnly newest, DateOnly oldest)
    {
        DateOnly? to = null;
        foreach (var days in DaysBack())
        {
            var from = newest.AddDays(1 - days);
            if (from <= oldest) break;
            yield return (from, to);
            to = from.AddDays(-1);
        }
        yield return (null, to);
    }

    private static IEnumerable<int> DaysBack()
    {
        foreach (var days in FirstDaysBack) yield return days;
        for (var days = FirstDaysBack[^1] + 365; ; days += 365) yield return days;
    }

    /// <summary>The query narrowed to a span as well as its own dates; null if the two do not meet.</summary>
    public static OpportunityQuery? Within(OpportunityQuery query, (DateOnly? From, DateOnly? To) span)
    {
        var from = Later(query.PublishedFrom, span.From);
        var to = Earlier(query.PublishedTo, span.To);
        return from is { } f && to is { } t && f > t ? null : query with { PublishedFrom = from, PublishedTo = to };
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
