using OpenCommissioning.Platform.Layout;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Opportunities;

public sealed record OpportunityPage(IReadOnlyList<Opportunity> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Finds notices in the search projection. The one place that knows how each database does full-text search;
/// the search page, the CSV download, alerts and the data API all ask here.
/// </summary>
public sealed class OpportunitySearch(AppDbContext db, KeywordIndex keywords, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    public async Task<OpportunityPage> SearchAsync(OpportunityQuery query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var matching = Query(query);
        // Counting needs no order; on PostgreSQL the ranked source would rank every match just to count them.
        var total = await (keywords.MatchingRows(query.Keywords, byRelevance: false) is { } unranked
            ? Filtered(unranked, query) : matching).CountAsync(cancellationToken);
        var items = await matching.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new(items, total, page, pageSize);
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

    private IQueryable<Opportunity> Query(OpportunityQuery query)
    {
        var now = clock.GetUtcNow();
        // PostgreSQL: the subquery's order by relevance survives the filters, which it pushes down into its scan.
        if (query.Sort == OpportunitySort.Relevance && keywords.MatchingRows(query.Keywords, byRelevance: true) is { } ranked)
            return Filtered(ranked, query);
        var filtered = Filtered(query);
        var matches = keywords.Matches(query.Keywords);
        if (matches is not null && query.Sort == OpportunitySort.Relevance)
            return from o in filtered
                   join m in matches on o.Ocid equals m.Ocid
                   orderby m.Rank descending, o.PublishedAt descending, o.Ocid
                   select o;
        filtered = FilteredWithKeywords(query);
        return query.Sort switch
        {
            OpportunitySort.ClosingSoonest => filtered.OrderBy(o => o.ClosingAt == null || o.ClosingAt < now).ThenBy(o => o.ClosingAt).ThenBy(o => o.Ocid),
            OpportunitySort.Value => filtered.OrderBy(o => o.ValueNumber == null).ThenByDescending(o => o.ValueNumber).ThenBy(o => o.Ocid),
            _ => filtered.OrderByDescending(o => o.PublishedAt).ThenBy(o => o.Ocid),
        };
    }

    /// <summary>Every matching notice, unordered: a query to join, as the data API joins it to the release store.</summary>
    internal IQueryable<Opportunity> FilteredWithKeywords(OpportunityQuery query)
    {
        if (keywords.MatchingRows(query.Keywords, byRelevance: false) is { } rows)
            return Filtered(rows, query);
        var set = Filtered(query);
        var matches = keywords.Matches(query.Keywords);
        return matches is null ? set : set.Where(o => matches.Any(m => m.Ocid == o.Ocid));
    }

    private IQueryable<Opportunity> Filtered(OpportunityQuery query) => Filtered(db.Set<Opportunity>().AsNoTracking(), query);

    /// <summary>
    /// The query's filters (all but the keywords) over any set of notices: the database's, or notices already in
    /// memory, which is how instant alerts test many saved searches against a batch of new notices at once.
    /// </summary>
    internal IQueryable<Opportunity> Filtered(IQueryable<Opportunity> set, OpportunityQuery query)
    {
        var now = clock.GetUtcNow();
        // A notice published on several portals is shown once, as the one it was first indexed from.
        set = set.Where(o => o.DuplicateOf == null);
        if (query.Kind is { } kind) set = set.Where(o => o.Kind == kind);
        if (query.NoticeTypes.Count > 0)
        {
            var types = query.NoticeTypes.ToList();
            set = set.Where(o => types.Contains(o.NoticeType));
        }
        if (query.Statuses.Count > 0) set = set.Where(StatusFilter.For(query.Statuses, now));
        if (query.CpvCodes.Count > 0)
            set = set.Where(Predicates.AnyOf<Opportunity>(query.CpvCodes.Select(c => " " + CpvCodes.PrefixOf(c))
                .Select(prefix => (System.Linq.Expressions.Expression<Func<Opportunity, bool>>)(o => o.CpvCodes.Contains(prefix)))));
        if (query.Regions.Count > 0)
            set = set.Where(Predicates.AnyOf<Opportunity>(query.Regions.Select(r => $" {r} ")
                .Select(code => (System.Linq.Expressions.Expression<Func<Opportunity, bool>>)(o => o.RegionCodes.Contains(code)))));
        set = ValueFilter(set, query);
        if (query.PublishedFrom is { } pf) { var t = UkTime.StartOfDay(pf); set = set.Where(o => o.PublishedAt >= t); }
        if (query.PublishedTo is { } pt) { var t = UkTime.StartOfDay(pt.AddDays(1)); set = set.Where(o => o.PublishedAt < t); }
        if (query.ClosingFrom is { } cf) { var t = UkTime.StartOfDay(cf); set = set.Where(o => o.ClosingAt >= t); }
        if (query.ClosingTo is { } ct) { var t = UkTime.StartOfDay(ct.AddDays(1)); set = set.Where(o => o.ClosingAt < t); }
        if (query.SuitableForSme) set = set.Where(o => o.SuitableForSme);
        if (query.SuitableForVcse) set = set.Where(o => o.SuitableForVcse);
        if (query.SubContractsOnly) set = set.Where(o => o.IsSubContract);
        if (!string.IsNullOrWhiteSpace(query.Buyer))
        {
            var buyer = query.Buyer.Trim();
            var lower = buyer.ToLowerInvariant();
            set = set.Where(o => o.BuyerId == buyer || (o.BuyerName != null && o.BuyerName.ToLower().Contains(lower)));
        }
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
