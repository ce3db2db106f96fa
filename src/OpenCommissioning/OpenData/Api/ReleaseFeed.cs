using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.OpenData.Api;

/// <summary>One page of releases and whether another follows it.</summary>
public sealed record ReleasePage(IReadOnlyList<StoredRelease> Releases, bool HasMore);

/// <summary>Reads pages of the release store in the order releases were stored, for the data API.</summary>
public sealed class ReleaseFeed(AppDbContext db)
{
    /// <param name="processes">When given, only releases of these contracting processes (a search, joined in the database).</param>
    public async Task<ReleasePage> PageAsync(ReleaseQuery query, IQueryable<Opportunity>? processes = null,
        CancellationToken cancellationToken = default)
    {
        var page = await PageQuery(query, processes).ToListAsync(cancellationToken);
        var hasMore = page.Count > query.Limit;
        return new ReleasePage(hasMore ? page[..query.Limit] : page, hasMore);
    }

    /// <summary>The page's query: one more release than asked for tells whether a next page exists.</summary>
    internal IQueryable<StoredRelease> PageQuery(ReleaseQuery query, IQueryable<Opportunity>? processes)
    {
        var releases = db.Set<StoredRelease>().AsNoTracking().Where(r => r.Sequence > query.After);
        if (query.PublishedFrom is { } from) releases = releases.Where(r => r.Date >= from);
        if (query.PublishedTo is { } to) releases = releases.Where(r => r.Date < to);
        if (query.Stages.Count > 0) releases = releases.Where(HasAnyTag(query.Stages));
        if (processes is not null) releases = releases.Where(r => processes.Any(o => o.Ocid == r.Ocid));
        return releases.OrderBy(r => r.Sequence).Take(query.Limit + 1);
    }

    /// <summary>Every release with this release id (ids are unique per ocid, so several processes may share one).</summary>
    public async Task<IReadOnlyList<StoredRelease>> WithIdAsync(string releaseId, CancellationToken cancellationToken = default) =>
        await db.Set<StoredRelease>().AsNoTracking().Where(r => r.ReleaseId == releaseId)
            .OrderBy(r => r.Sequence).ToListAsync(cancellationToken);

    /// <summary>
    /// Tags are stored joined with spaces; padding both sides with a space makes "award" not match "awardUpdate".
    /// The alternatives are built as one expression so every database gets a plain OR of LIKE-style tests.
    /// </summary>
    private static Expression<Func<StoredRelease, bool>> HasAnyTag(IReadOnlyList<string> tags)
    {
        var release = Expression.Parameter(typeof(StoredRelease), "r");
        var concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string), typeof(string)])!;
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        var padded = Expression.Call(concat, Expression.Constant(" "), Expression.Property(release, nameof(StoredRelease.Tags)), Expression.Constant(" "));
        Expression? any = null;
        foreach (var tag in tags)
        {
            var pattern = $" {tag} ";
            // Through a closure, so that the database receives the pattern as a parameter.
            Expression<Func<string>> value = () => pattern;
            var test = Expression.Call(padded, contains, value.Body);
            any = any is null ? test : Expression.OrElse(any, test);
        }
        return Expression.Lambda<Func<StoredRelease, bool>>(any!, release);
    }
}
