using OpenCommissioning.Platform.Layout;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Opportunities;

/// <param name="Total">How many notices match, counted up to <paramref name="CountLimit"/> and one more.</param>
/// <param name="NewestOnly">Whether, past the limit, the notices sorted are the most recently published matches.</param>
public sealed record OpportunityPage(IReadOnlyList<Opportunity> Items, int Total, int Page, int PageSize, int CountLimit = int.MaxValue - 1,
    bool NewestOnly = false)
{
    /// <summary>Whether more notices match than were counted: <see cref="Total"/> is then a lower bound.</summary>
    public bool MoreThanCounted => Total > CountLimit;

    /// <summary>The notices that can be paged through: all of them, or as many as were counted.</summary>
    public int Pageable => Math.Min(Total, CountLimit);

    public int PageCount => Math.Max(1, (Pageable + PageSize - 1) / PageSize);
}

/// <summary>
/// Finds notices in the search projection. The one place that knows how each database does full-text search;
/// the search page, the CSV download, alerts and the data API all ask here.
/// </summary>
public sealed partial class OpportunitySearch(AppDbContext db, KeywordIndex keywords, DatabaseInfo database, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<SearchOptions> options)
{
    public const int MaxPageSize = 100;

    public async Task<OpportunityPage> SearchAsync(OpportunityQuery query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var bounds = await DateBoundsAsync(query, cancellationToken);
        var limit = Math.Max(1, options.Value.CountLimit);
        if (HasKeywords(query) && bounds?.LatestPublished is { } latest)
            return await NewestMatchesPageAsync(query, bounds, latest, page, pageSize, limit, cancellationToken);
        if (IsRanked(query)) return await RankedPageAsync(query, page, pageSize, limit, cancellationToken);
        var matching = Query(query, bounds);
        // A first page that is not full is every match: no need to count them again.
        List<Opportunity>? firstPage = null;
        if (page == 1)
        {
            firstPage = await PageAsync(matching, 0, pageSize, cancellationToken);
            if (firstPage.Count < pageSize) return new(firstPage.Take(limit).ToList(), Math.Min(firstPage.Count, limit + 1), 1, pageSize, limit);
        }
        // Counting needs no order, and stops one past the limit: enough to say "more than", without reading every
        // match of a common word.
        var total = await FilteredWithKeywords(query, bounds).Take(limit + 1).CountAsync(cancellationToken);
        var (shown, take) = Shown(page, pageSize, total, limit);
        var items = shown == 1 && firstPage is not null ? firstPage.Take(take).ToList()
            : await PageAsync(matching, (shown - 1) * pageSize, take, cancellationToken);
        return new(items, total, shown, pageSize, limit);
    }

    /// <summary>
    /// The page to show and how many notices on it. Past the limit there are no page links; a page asked for by
    /// hand is the last that can be shown.
    /// </summary>
    private static (int Page, int Take) Shown(int page, int pageSize, int total, int limit)
    {
        if (total <= limit) return (page, pageSize);
        var last = Math.Min(page, (limit + pageSize - 1) / pageSize);
        return (last, Math.Min(pageSize, limit - (last - 1) * pageSize));
    }

    private static bool HasKeywords(OpportunityQuery query) => !string.IsNullOrWhiteSpace(query.Keywords);

    private static bool IsRanked(OpportunityQuery query) => query.Sort == OpportunitySort.Relevance && HasKeywords(query);

    /// <summary>
    /// One page of notices in order: their ocids first, then their rows. Ordering carries only the ocid and the
    /// sort keys through the sort, not every column of every match (a third less time for a common word).
    /// </summary>
    private async Task<List<Opportunity>> PageAsync(IQueryable<Opportunity> matching, int skip, int take, CancellationToken cancellationToken) =>
        await RowsAsync(await matching.Select(o => o.Ocid).Skip(skip).Take(take).ToListAsync(cancellationToken), cancellationToken);

    private async Task<List<Opportunity>> RowsAsync(List<string> ocids, CancellationToken cancellationToken)
    {
        if (ocids.Count == 0) return [];
        var rows = await db.Set<Opportunity>().AsNoTracking().Where(o => ocids.Contains(o.Ocid)).ToDictionaryAsync(o => o.Ocid, cancellationToken);
        return ocids.Where(rows.ContainsKey).Select(ocid => rows[ocid]).ToList();
    }

    /// <summary>The ocids of matching notices in the query's order, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<string>> MatchingOcidsAsync(OpportunityQuery query, int limit, CancellationToken cancellationToken = default) =>
        await Query(query).Select(o => o.Ocid).Take(limit).ToListAsync(cancellationToken);

    /// <summary>Every matching notice in order, read as a stream (for the CSV download).</summary>
    public IAsyncEnumerable<Opportunity> StreamAsync(OpportunityQuery query, int limit) => Query(query).Take(limit).AsAsyncEnumerable();

    /// <summary>
    /// The matching notices among those first seen after a time, oldest first (for alerts); with
    /// <paramref name="untoldTo"/>, only those that saved search has not been told of yet.
    /// </summary>
    public async Task<IReadOnlyList<Opportunity>> NewSinceAsync(OpportunityQuery query, DateTimeOffset since,
        IReadOnlyCollection<string>? onlyOcids, int limit, CancellationToken cancellationToken = default, Guid? untoldTo = null)
    {
        var matching = FilteredWithKeywords(query).Where(o => o.FirstIndexedAt >= since);
        if (onlyOcids is not null) matching = matching.Where(o => onlyOcids.Contains(o.Ocid));
        if (untoldTo is { } searchId)
            matching = matching.Where(o => !db.Set<Alerts.SentAlert>().Any(s => s.SavedSearchId == searchId && s.Ocid == o.Ocid));
        return await matching.OrderBy(o => o.FirstIndexedAt).ThenBy(o => o.Ocid).Take(limit).ToListAsync(cancellationToken);
    }

    private IQueryable<Opportunity> Query(OpportunityQuery query, DateBounds? bounds = null)
    {
        var now = clock.GetUtcNow();
        if (IndexedRows(query, bounds) is { } rows)
        {
            if (!IsRanked(query)) return Ordered(rows, query.Sort, now);
            var words = query.Keywords!;
            return rows.OrderByDescending(o => KeywordRank.Of(o.Ocid, words)).ThenByDescending(o => o.PublishedAt).ThenBy(o => o.Ocid);
        }
        var filtered = Filtered(query);
        var matches = keywords.Matches(query.Keywords);
        if (matches is not null && query.Sort == OpportunitySort.Relevance)
            return from o in filtered
                   join m in matches on o.Ocid equals m.Ocid
                   orderby m.Rank descending, o.PublishedAt descending, o.Ocid
                   select o;
        return Ordered(FilteredWithKeywords(query, bounds), query.Sort, now);
    }

    private static IQueryable<Opportunity> Ordered(IQueryable<Opportunity> set, OpportunitySort sort, DateTimeOffset now) => sort switch
    {
        OpportunitySort.ClosingSoonest => set.OrderBy(o => o.ClosingAt == null || o.ClosingAt < now).ThenBy(o => o.ClosingAt).ThenBy(o => o.Ocid),
        OpportunitySort.Value => set.OrderBy(o => o.ValueNumber == null).ThenByDescending(o => o.ValueNumber).ThenBy(o => o.Ocid),
        _ => set.OrderByDescending(o => o.PublishedAt).ThenBy(o => o.Ocid),
    };

    /// <summary>
    /// On PostgreSQL, the notices matching the keywords and the indexed filters (<see cref="FilterLexemes"/>) in one
    /// index scan, with the other filters applied to the rows it finds; null when the index has nothing to narrow
    /// by, or on SQLite.
    /// </summary>
    private IQueryable<Opportunity>? IndexedRows(OpportunityQuery query, DateBounds? bounds)
    {
        var lexemes = FilterLexemes.For(query, bounds);
        return keywords.IndexedRows(query.Keywords, lexemes) is { } rows ? Filtered(rows, query, lexemes) : null;
    }

    /// <summary>Every matching notice, unordered: a query to join, as the data API joins it to the release store.</summary>
    internal IQueryable<Opportunity> FilteredWithKeywords(OpportunityQuery query, DateBounds? bounds = null)
    {
        if (IndexedRows(query, bounds) is { } rows) return rows;
        var set = Filtered(query);
        var matches = keywords.Matches(query.Keywords);
        return matches is null ? set : set.Where(o => matches.Any(m => m.Ocid == o.Ocid));
    }

    private IQueryable<Opportunity> Filtered(OpportunityQuery query) => Filtered(db.Set<Opportunity>().AsNoTracking(), query);

    /// <summary>
    /// The query's filters (all but the keywords) over any set of notices: the database's, or notices already in
    /// memory, which is how instant alerts test many saved searches against a batch of new notices at once.
    /// </summary>
    internal IQueryable<Opportunity> Filtered(IQueryable<Opportunity> set, OpportunityQuery query) =>
        Filtered(set, query, indexedLexemes: null);

    /// <param name="indexedLexemes">
    /// The <see cref="FilterLexemes.For"/> tsquery <paramref name="set"/> was already narrowed by in the index, if
    /// any, so that those conditions are not tested again on each row read from the table.
    /// </param>
    private IQueryable<Opportunity> Filtered(IQueryable<Opportunity> set, OpportunityQuery query, string? indexedLexemes)
    {
        var now = clock.GetUtcNow();
        set = ValueFilter(set, query);
        if (query.PublishedFrom is { } pf) { var t = UkTime.StartOfDay(pf); set = set.Where(o => o.PublishedAt >= t); }
        if (query.PublishedTo is { } pt) { var t = UkTime.StartOfDay(pt.AddDays(1)); set = set.Where(o => o.PublishedAt < t); }
        if (query.ClosingFrom is { } cf) { var t = UkTime.StartOfDay(cf); set = set.Where(o => o.ClosingAt >= t); }
        if (query.ClosingTo is { } ct) { var t = UkTime.StartOfDay(ct.AddDays(1)); set = set.Where(o => o.ClosingAt < t); }
        // Open and closed depend on the clock as well as the notice type, which is all the index knows.
        if (query.Statuses.Count > 0 && (indexedLexemes is null || query.Statuses.Any(FilterLexemes.IsByDate)))
            set = set.Where(StatusFilter.For(query.Statuses, now));
        if (indexedLexemes is null) set = IndexableFilters(set, query);
        if (!string.IsNullOrWhiteSpace(query.Buyer))
        {
            var buyer = query.Buyer.Trim();
            var lower = buyer.ToLowerInvariant();
            set = set.Where(o => o.BuyerId == buyer || (o.BuyerName != null && o.BuyerName.ToLower().Contains(lower)));
        }
        return set;
    }

    /// <summary>The filters that <see cref="FilterLexemes"/> can also answer from the index.</summary>
    private static IQueryable<Opportunity> IndexableFilters(IQueryable<Opportunity> set, OpportunityQuery query)
    {
        // A notice published on several portals is shown once, as the one it was first indexed from.
        set = set.Where(o => o.DuplicateOf == null);
        if (query.Kind is { } kind) set = set.Where(o => o.Kind == kind);
        if (query.NoticeTypes.Count > 0)
        {
            var types = query.NoticeTypes.ToList();
            set = set.Where(o => types.Contains(o.NoticeType));
        }
        if (query.CpvCodes.Count > 0)
            set = set.Where(Predicates.AnyOf<Opportunity>(query.CpvCodes.Select(c => " " + CpvCodes.PrefixOf(c))
                .Select(prefix => (System.Linq.Expressions.Expression<Func<Opportunity, bool>>)(o => o.CpvCodes.Contains(prefix)))));
        if (query.Regions.Count > 0)
            set = set.Where(Predicates.AnyOf<Opportunity>(query.Regions.Select(r => $" {r} ")
                .Select(code => (System.Linq.Expressions.Expression<Func<Opportunity, bool>>)(o => o.RegionCodes.Contains(code)))));
        if (query.SuitableForSme) set = set.Where(o => o.SuitableForSme);
        if (query.SuitableForVcse) set = set.Where(o => o.SuitableForVcse);
        if (query.SubContractsOnly) set = set.Where(o => o.IsSubContract);
        return set;
    }

    private static IQueryable<Opportunity> ValueFilter(IQueryable<Opportunity> set, OpportunityQuery query)
    {
        var includeNone = query.IncludeNoValue;
        if (query.ValueFrom is null && query.ValueTo is null)
            return includeNone ? set : set.Where(o => o.ValueNumber != null);
        var from = (double?)query.ValueFrom ?? double.MinValue;
        var to = (double?)query.ValueTo ?? double.MaxValue;
        return set.Where(o => (o.ValueNumber >= from && o.ValueNumber <= to) || (includeNone && o.ValueNumber == null));
    }
}
