namespace OpenCommissioning.Opportunities;

/// <summary>
/// Spans of publication dates, newest first: the week up to the newest notice, the rest of that month, then the two,
/// three and six months before it, then everything older. A search that the first week shows to be sparse reads the
/// next two spans as one (<see cref="Widened"/>). A keyword search walks them to find its most recently
/// published matches, so that a common word costs a read of a week or a few of its matches rather than of every one
/// (docs/decisions/0007). Each span is in UK days, as the date filters are, and they neither overlap nor leave gaps.
/// All but the last narrow the search index by month (<see cref="MonthLexemes"/>), which is quick when the table is
/// stored roughly in publication order, as one filled over time is. Spans of a year each, back to the oldest notice,
/// measured slower for words that are not common: each span is a search of its own.
/// </summary>
internal static class PublishedWindows
{
    private static readonly int[] DaysBack = [7, 31, 92, 183, 366];

    /// <summary>
    /// The span whose rate of matches guides the rest (days 32 to 92): the first month's notices are new and mostly
    /// open, so a search for closed or awarded notices finds few there whatever its words.
    /// </summary>
    public const int Guide = 2;

    /// <summary>The first day of the guiding span, before and including <paramref name="newest"/>.</summary>
    public static DateOnly GuideFrom(DateOnly newest) => newest.AddDays(1 - DaysBack[Guide]);

    /// <summary>The spans before and including <paramref name="newest"/>; the first is open-ended forwards, the last backwards.</summary>
    public static IEnumerable<(DateOnly? From, DateOnly? To)> Before(DateOnly newest)
    {
        DateOnly? to = null;
        foreach (var days in DaysBack)
        {
            var from = newest.AddDays(1 - days);
            yield return (from, to);
            to = from.AddDays(-1);
        }
        yield return (null, to);
    }

    /// <summary>
    /// Whether, matching as many notices a day as <paramref name="searched"/> did (<paramref name="matched"/>), the
    /// spans <paramref name="next"/> would still leave fewer than <paramref name="wanted"/> found.
    /// </summary>
    public static bool FallsShort(int matched, OpportunityQuery searched, int found, int wanted, IEnumerable<(DateOnly? From, DateOnly? To)> next)
    {
        if (searched is not { PublishedFrom: { } from, PublishedTo: { } to }) return false;
        var ahead = next.Sum(s => s is { From: { } f, To: { } t } ? t.DayNumber - f.DayNumber + 1 : 0);
        return found + (double)matched / (to.DayNumber - from.DayNumber + 1) * ahead < wanted;
    }

    /// <summary>
    /// <paramref name="spans"/> with the two after <paramref name="read"/> made one: a single search instead of two,
    /// which reads the month the two share once. Unchanged when fewer than two bounded spans follow.
    /// </summary>
    public static List<(DateOnly? From, DateOnly? To)> Widened(List<(DateOnly? From, DateOnly? To)> spans, int read)
    {
        if (read + 2 >= spans.Count || spans[read + 2].From is null) return spans;
        return [.. spans.Take(read + 1), (spans[read + 2].From, spans[read + 1].To), .. spans.Skip(read + 3)];
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
