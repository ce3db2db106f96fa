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
        List<string> ranked;
        int matched;
        if (bounds?.LatestPublished is { } latest)
        {
            var newest = await NewestRankedAsync(query, bounds, latest, limit + 1, cancellationToken);
            matched = newest.Count;
            ranked = newest.Take(limit).OrderByDescending(m => m.Rank).ThenByDescending(m => m.PublishedAt)
                .ThenBy(m => m.Ocid, StringComparer.Ordinal).Select(m => m.Ocid).ToList();
        }
        else
        {
            // SQLite, or no notices: the newest matches in one ordered read, ranked by FTS5.
            var newest = await Newest(FilteredWithKeywords(query, bounds)).Select(o => o.Ocid).Take(limit + 1).ToListAsync(cancellationToken);
            matched = newest.Count;
            ranked = [.. await keywords.RankAsync(query.Keywords!, newest.Take(limit).ToList(), cancellationToken)];
        }
        var (shown, take) = Shown(page, pageSize, matched, limit);
        var items = await RowsAsync(ranked.Skip((shown - 1) * pageSize).Take(take).ToList(), cancellationToken);
        return new(items, matched, shown, pageSize, limit, NewestRanked: true);
    }

    private sealed record RankedMatch(string Ocid, DateTimeOffset PublishedAt, double Rank);

    /// <summary>
    /// On PostgreSQL, the most recently published matches with their ranks, newest first, at most
    /// <paramref name="count"/>. Each span's read ranks its matches as it finds them (<see cref="KeywordRank"/>).
    /// </summary>
    private async Task<List<RankedMatch>> NewestRankedAsync(OpportunityQuery query, DateBounds bounds, DateTimeOffset latest, int count,
        CancellationToken cancellationToken)
    {
        var found = new List<RankedMatch>();
        var words = query.Keywords!;
        var spans = PublishedWindows.Before(UkDay(latest)).ToList();
        for (var i = 0; i < spans.Count && found.Count < count; i++)
        {
            if (PublishedWindows.Within(query, spans[i]) is not { } within) continue;
            // The whole span's matches, sorted here: ordering in the database tempts it to walk the date index
            // row by row, which is slow when the words are rare.
            var matches = await FilteredWithKeywords(within, bounds)
                .Select(o => new RankedMatch(o.Ocid, o.PublishedAt, KeywordRank.Of(o.Ocid, words))).ToListAsync(cancellationToken);
            found.AddRange(matches.OrderByDescending(m => m.PublishedAt).ThenBy(m => m.Ocid, StringComparer.Ordinal).Take(count - found.Count));
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
