using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.OpenData.Api;

/// <summary>One page of releases and whether another follows it.</summary>
public sealed record ReleasePage(IReadOnlyList<StoredRelease> Releases, bool HasMore);

/// <summary>Reads pages of the release store in the order releases were stored, for the data API.</summary>
public sealed class ReleaseFeed(AppDbContext db, DatabaseInfo database)
{
    /// <param name="processes">When given, only releases of these contracting processes (a search, joined in the database).</param>
    public async Task<ReleasePage> PageAsync(ReleaseQuery query, IQueryable<Opportunity>? processes = null,
        CancellationToken cancellationToken = default)
    {
        var page = await ReadAsync(PageQuery(query, processes), cancellationToken);
        var hasMore = page.Count > query.Limit;
        return new ReleasePage(hasMore ? page[..query.Limit] : page, hasMore);
    }

    /// <summary>
    /// The page's query: one more release than asked for tells whether a next page exists. Under a search the page's
    /// sequences are chosen first and only those rows read, so a sparse search (one buyer's few hundred processes)
    /// sorts narrow keys from the (ocid, sequence) index instead of every matching release whole.
    /// </summary>
    internal IQueryable<StoredRelease> PageQuery(ReleaseQuery query, IQueryable<Opportunity>? processes)
    {
        var releases = db.Set<StoredRelease>().AsNoTracking().Where(r => r.Sequence > query.After);
        if (query.PublishedFrom is { } from) releases = releases.Where(r => r.Date >= from);
        if (query.PublishedTo is { } to) releases = releases.Where(r => r.Date < to);
        if (query.Stages.Count > 0) releases = releases.Where(HasAnyTag(query.Stages));
        if (processes is null) return releases.OrderBy(r => r.Sequence).Take(query.Limit + 1);
        var keys = releases.Where(r => processes.Any(o => o.Ocid == r.Ocid))
            .OrderBy(r => r.Sequence).Select(r => r.Sequence).Take(query.Limit + 1);
        return db.Set<StoredRelease>().AsNoTracking().Where(r => keys.Contains(r.Sequence)).OrderBy(r => r.Sequence);
    }

    /// <summary>
    /// On PostgreSQL, without parallel workers: a page is at most 101 rows, and starting workers for it costs more
    /// than it saves (on a busy two-core server it cost 50–100 ms a page, more than the whole query).
    /// </summary>
    private async Task<List<StoredRelease>> ReadAsync(IQueryable<StoredRelease> page, CancellationToken cancellationToken)
    {
        if (!database.IsPostgres || db.Database.CurrentTransaction is not null) return await page.ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL max_parallel_workers_per_gather = 0", cancellationToken);
        var releases = await page.ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return releases;
    }

    /// <summary>Every release with this release id (ids are unique per ocid, so several processes may share one).</summary>
    public async Task<IReadOnlyList<StoredRelease>> WithIdAsync(string releaseId, CancellationToken cancellationToken = default) =>
        await db.Set<StoredRelease>().AsNoTracking().Where(r => r.ReleaseId == releaseId)
            .OrderBy(r => r.Sequence).ToListAsync(cancellationToken);

    /// <summary>
    /// Tags are stored joined with spaces; padding both sides with a space makes "award" not match "awardUpdate".
    /// The alternatives are built as one expression so every database gets a plain OR of LIKE-style tests.
    /// </summary>
    internal static Expression<Func<StoredRelease, bool>> HasAnyTag(IReadOnlyList<string> tags)
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
