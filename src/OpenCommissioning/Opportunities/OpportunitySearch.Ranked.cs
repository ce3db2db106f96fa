using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Opportunities;

/// <summary>Searches by relevance, and the date bounds that let searches narrow the index by month.</summary>
public sealed partial class OpportunitySearch
{
    /// <summary>
    /// A search by relevance ranks its most recently published matches, as many as the count limit: all of them
    /// when there are no more, else the newest (docs/decisions/0007). Finding the newest walks back through
    /// <see cref="PublishedWindows"/> until it has enough, so a common word reads a month or two of its matches, and
    /// only those are ranked; ranking every match of a word in a third of all notices could not be quick.
    /// </summary>
    private async Task<OpportunityPage> RankedPageAsync(OpportunityQuery query, DateBounds? bounds, int page, int pageSize, int limit,
        CancellationToken cancellationToken)
    {
        var newest = await NewestAsync(query, bounds, limit + 1, cancellationToken);
        var ranked = await keywords.RankAsync(query.Keywords!, newest.Take(limit).ToList(), cancellationToken);
        var (shown, take) = Shown(page, pageSize, newest.Count, limit);
        var items = await RowsAsync(ranked.Skip((shown - 1) * pageSize).Take(take).ToList(), cancellationToken);
        return new(items, newest.Count, shown, pageSize, limit, NewestRanked: true);
    }

    /// <summary>The ocids of the most recently published matches, newest first, at most <paramref name="count"/>.</summary>
    private async Task<List<string>> NewestAsync(OpportunityQuery query, DateBounds? bounds, int count, CancellationToken cancellationToken)
    {
        if (bounds?.LatestPublished is not { } latest)
            return await Newest(FilteredWithKeywords(query, bounds)).Select(o => o.Ocid).Take(count).ToListAsync(cancellationToken);
        var found = new List<string>();
        var spans = PublishedWindows.Before(UkDay(latest)).ToList();
        for (var i = 0; i < spans.Count && found.Count < count; i++)
        {
            if (PublishedWindows.Within(query, spans[i]) is not { } within) continue;
            // The whole span's matches, sorted here: ordering in the database tempts it to walk the date index
            // row by row, which is slow when the words are rare.
            var matches = await FilteredWithKeywords(within, bounds).Select(o => new { o.Ocid, o.PublishedAt }).ToListAsync(cancellationToken);
            found.AddRange(matches.OrderByDescending(m => m.PublishedAt).ThenBy(m => m.Ocid, StringComparer.Ordinal)
                .Take(count - found.Count).Select(m => m.Ocid));
            // A word that is not common would need every span: after the second (the first is no guide, its
            // notices being new and mostly open), if its rate says the next two will not be enough, the rest is
            // read at once.
            if (i == 1 && found.Count < count && PublishedWindows.FallsShort(matches.Count, within, found.Count, count, spans.Skip(2).Take(2)))
                spans = [.. spans.Take(2), (null, spans[1].From!.Value.AddDays(-1))];
        }
        return found;
    }

    private static DateOnly UkDay(DateTimeOffset instant) => DateOnly.FromDateTime(UkTime.ToUk(instant).DateTime);

    private static IQueryable<Opportunity> Newest(IQueryable<Opportunity> set) => set.OrderByDescending(o => o.PublishedAt).ThenBy(o => o.Ocid);

    /// <summary>
    /// On PostgreSQL, the newest publication and closing dates, when a date filter is open-ended and could narrow
    /// the search index by month (<see cref="MonthLexemes"/>), or a ranked search walks back by publication date:
    /// reads of the ends of btree indexes.
    /// </summary>
    private async Task<DateBounds?> DateBoundsAsync(OpportunityQuery query, CancellationToken cancellationToken)
    {
        var byClosing = query.ClosingFrom is not null || query.ClosingTo is not null || query.Statuses.Contains(OpportunityStatus.Open);
        var byPublished = query.PublishedFrom is not null || IsRanked(query);
        if (!database.IsPostgres || (!byPublished && !byClosing)) return null;
        var all = db.Set<Opportunity>().AsNoTracking();
        var latestPublished = !byPublished ? null
            : await all.MaxAsync(o => (DateTimeOffset?)o.PublishedAt, cancellationToken);
        var latestClosing = byClosing ? await all.MaxAsync(o => o.ClosingAt, cancellationToken) : null;
        return new(clock.GetUtcNow(), latestPublished, latestClosing);
    }
}
