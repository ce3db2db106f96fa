using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Opportunities;

/// <summary>
/// Keyword searches that sort their most recently published matches, and the date bounds that let searches narrow
/// the index by month (docs/decisions/0007).
/// </summary>
public sealed partial class OpportunitySearch
{
    /// <summary>
    /// On PostgreSQL, a search with keywords sorts its most recently published matches, as many as the count limit:
    /// all of them when there are no more, else the newest. Finding the newest walks back through
    /// <see cref="PublishedWindows"/> until it has enough, so a common word reads a month or two of its matches.
    /// Sorting every match in the database could not be quick either way: ranking or ordering by value a word in a
    /// third of all notices reads all of them, and ordering a rare word by date walks the date index through the
    /// whole table.
    /// </summary>
    private async Task<OpportunityPage> NewestMatchesPageAsync(OpportunityQuery query, DateBounds bounds, DateTimeOffset latest, int page,
        int pageSize, int limit, CancellationToken cancellationToken)
    {
        var newest = await NewestMatchesAsync(query, bounds, latest, limit + 1, cancellationToken);
        var sorted = InOrder(newest.Take(limit), query.Sort, clock.GetUtcNow()).Select(m => m.Ocid).ToList();
        return await PageOfAsync(sorted, newest.Count, page, pageSize, limit, cancellationToken);
    }

    /// <summary>
    /// On SQLite, whose databases are small, a search by relevance takes its newest matches in one ordered read and
    /// ranks them with FTS5.
    /// </summary>
    private async Task<OpportunityPage> RankedPageAsync(OpportunityQuery query, int page, int pageSize, int limit, CancellationToken cancellationToken)
    {
        var newest = await Newest(FilteredWithKeywords(query)).Select(o => o.Ocid).Take(limit + 1).ToListAsync(cancellationToken);
        var ranked = await keywords.RankAsync(query.Keywords!, newest.Take(limit).ToList(), cancellationToken);
        return await PageOfAsync([.. ranked], newest.Count, page, pageSize, limit, cancellationToken);
    }

    private async Task<OpportunityPage> PageOfAsync(List<string> sorted, int matched, int page, int pageSize, int limit,
        CancellationToken cancellationToken)
    {
        var (shown, take) = Shown(page, pageSize, matched, limit);
        var items = await RowsAsync(sorted.Skip((shown - 1) * pageSize).Take(take).ToList(), cancellationToken);
        return new(items, matched, shown, pageSize, limit, NewestOnly: true);
    }

    /// <summary>A match with what each sort order needs; <see cref="Rank"/> from <see cref="KeywordRank"/>.</summary>
    private sealed record NewMatch(string Ocid, DateTimeOffset PublishedAt, DateTimeOffset? ClosingAt, double? ValueNumber, double Rank);

    /// <summary>The same orders as the database's (<see cref="Ordered"/>, and relevance), for matches in memory.</summary>
    private static IEnumerable<NewMatch> InOrder(IEnumerable<NewMatch> matches, OpportunitySort sort, DateTimeOffset now) => sort switch
    {
        OpportunitySort.Relevance => matches.OrderByDescending(m => m.Rank).ThenByDescending(m => m.PublishedAt).ThenBy(m => m.Ocid, StringComparer.Ordinal),
        // PostgreSQL puts no closing date after every date.
        OpportunitySort.ClosingSoonest => matches.OrderBy(m => m.ClosingAt is null || m.ClosingAt < now).ThenBy(m => m.ClosingAt is null)
            .ThenBy(m => m.ClosingAt).ThenBy(m => m.Ocid, StringComparer.Ordinal),
        OpportunitySort.Value => matches.OrderBy(m => m.ValueNumber is null).ThenByDescending(m => m.ValueNumber).ThenBy(m => m.Ocid, StringComparer.Ordinal),
        _ => matches.OrderByDescending(m => m.PublishedAt).ThenBy(m => m.Ocid, StringComparer.Ordinal),
    };

    /// <summary>
    /// The most recently published matches, newest first, at most <paramref name="count"/>. Each span's read ranks
    /// its matches as it finds them (<see cref="KeywordRank"/>).
    /// </summary>
    private async Task<List<NewMatch>> NewestMatchesAsync(OpportunityQuery query, DateBounds bounds, DateTimeOffset latest, int count,
        CancellationToken cancellationToken)
    {
        var found = new List<NewMatch>();
        var words = query.Keywords!;
        var newest = UkDay(latest);
        var spans = PublishedWindows.Before(newest).ToList();
        for (var i = 0; i < spans.Count && found.Count < count; i++)
        {
            if (PublishedWindows.Within(query, spans[i]) is not { } within) continue;
            // A span with a start is narrowed by month in the index, so the database can take its newest matches
            // itself, whichever way it finds them. The rest is read whole and sorted here: ordering it in the
            // database tempts it to walk the date index through the whole table, a second or more for a rare word.
            var matching = FilteredWithKeywords(within, bounds);
            if (within.PublishedFrom is not null) matching = Newest(matching).Take(count - found.Count);
            var matches = await matching
                .Select(o => new NewMatch(o.Ocid, o.PublishedAt, o.ClosingAt, o.ValueNumber, KeywordRank.Of(o.Ocid, words)))
                .ToListAsync(cancellationToken);
            found.AddRange(matches.OrderByDescending(m => m.PublishedAt).ThenBy(m => m.Ocid, StringComparer.Ordinal).Take(count - found.Count));
            if (found.Count >= count) break;
            // A search whose first week says the rest of the month will not be enough reads the rest of the month
            // and the two before it at once (a quarter less time for "care services" in one region for SMEs).
            if (i == 0 && PublishedWindows.FallsShort(matches.Count, within with { PublishedTo = within.PublishedTo ?? newest },
                    found.Count, count, spans.Skip(1).Take(1)))
                spans = PublishedWindows.Widened(spans, 0);
            // A word that is not common would need every span: after the one reaching back to the guide (the first
            // month is no guide, its notices being new and mostly open), if its rate says the next two will not be
            // enough, the rest is read at once; if only the next one will not, the next two are read as one.
            if (spans[i].From == PublishedWindows.GuideFrom(newest))
            {
                if (PublishedWindows.FallsShort(matches.Count, within, found.Count, count, spans.Skip(i + 1).Take(2)))
                    spans = [.. spans.Take(i + 1), (null, spans[i].From!.Value.AddDays(-1))];
                else if (PublishedWindows.FallsShort(matches.Count, within, found.Count, count, spans.Skip(i + 1).Take(1)))
                    spans = PublishedWindows.Widened(spans, i);
            }
        }
        return found;
    }

    private static DateOnly UkDay(DateTimeOffset instant) => DateOnly.FromDateTime(UkTime.ToUk(instant).DateTime);

    private static IQueryable<Opportunity> Newest(IQueryable<Opportunity> set) => set.OrderByDescending(o => o.PublishedAt).ThenBy(o => o.Ocid);

    /// <summary>
    /// On PostgreSQL, the newest publication and closing dates, when a date filter is open-ended and could narrow
    /// the search index by month (<see cref="MonthLexemes"/>), or a keyword search walks back by publication date:
    /// reads of the ends of btree indexes.
    /// </summary>
    private async Task<DateBounds?> DateBoundsAsync(OpportunityQuery query, CancellationToken cancellationToken)
    {
        var byClosing = query.ClosingFrom is not null || query.ClosingTo is not null || query.Statuses.Contains(OpportunityStatus.Open);
        var byPublished = query.PublishedFrom is not null || HasKeywords(query);
        if (!database.IsPostgres || (!byPublished && !byClosing)) return null;
        var all = db.Set<Opportunity>().AsNoTracking();
        var latestPublished = !byPublished ? null
            : await all.MaxAsync(o => (DateTimeOffset?)o.PublishedAt, cancellationToken);
        var latestClosing = byClosing ? await all.MaxAsync(o => o.ClosingAt, cancellationToken) : null;
        return new(clock.GetUtcNow(), latestPublished, latestClosing);
    }
}
