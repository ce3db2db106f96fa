using Microsoft.EntityFrameworkCore;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Opportunities;

/// <summary>
/// The portals a notice was published on: those its own releases were seen on, and those of the notices matched to
/// it as the same opportunity (docs/decisions/0005-one-notice-across-portals.md).
/// </summary>
public sealed class NoticeSources(AppDbContext db, ReleaseStore store)
{
    /// <summary>For each shown notice, every portal it or a duplicate of it was seen on, first seen first.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<NoticeSource>>> ForAsync(IReadOnlyCollection<string> ocids,
        CancellationToken cancellationToken = default)
    {
        if (ocids.Count == 0) return new Dictionary<string, IReadOnlyList<NoticeSource>>();
        var duplicates = await db.Set<Opportunity>().AsNoTracking()
            .Where(o => o.DuplicateOf != null && ocids.Contains(o.DuplicateOf))
            .Select(o => new { o.Ocid, Canonical = o.DuplicateOf! }).ToListAsync(cancellationToken);
        var canonicalOf = ocids.Distinct().ToDictionary(o => o, o => o);
        foreach (var duplicate in duplicates) canonicalOf[duplicate.Ocid] = duplicate.Canonical;
        var sources = await store.SourcesOfAsync(canonicalOf.Keys, cancellationToken);
        return sources.GroupBy(s => canonicalOf[s.Ocid])
            .ToDictionary(g => g.Key, g => (IReadOnlyList<NoticeSource>)Distinct(g));
    }

    /// <summary>
    /// For one notice page: the portals this process was seen on, and the notices matched with it (the one it
    /// duplicates, or those duplicating it) with the portals they were seen on.
    /// </summary>
    public async Task<(IReadOnlyList<NoticeSource> Own, IReadOnlyList<NoticeSource> AlsoPublishedOn)> ForNoticeAsync(
        Opportunity notice, CancellationToken cancellationToken = default)
    {
        var canonical = notice.DuplicateOf ?? notice.Ocid;
        var related = await db.Set<Opportunity>().AsNoTracking()
            .Where(o => o.DuplicateOf == canonical || o.Ocid == canonical).Select(o => o.Ocid).ToListAsync(cancellationToken);
        related.Remove(notice.Ocid);
        var sources = await store.SourcesOfAsync([notice.Ocid, .. related], cancellationToken);
        var own = Distinct(sources.Where(s => s.Ocid == notice.Ocid));
        var ownNames = own.Select(s => s.Source).ToHashSet();
        return (own, Distinct(sources.Where(s => s.Ocid != notice.Ocid && !ownNames.Contains(s.Source))));
    }

    private static List<NoticeSource> Distinct(IEnumerable<NoticeSource> sources) =>
        sources.GroupBy(s => s.Source).Select(g => g.FirstOrDefault(s => s.Url is not null) ?? g.First()).ToList();
}
