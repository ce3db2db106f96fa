using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.OpenData.Bulk;

/// <summary>What the listing shows of a bulk file, without its content.</summary>
public sealed record BulkFileSummary(string Month, int Releases, long Bytes, long LastSequence, DateTimeOffset GeneratedAt)
{
    public string FileName => $"{Month}.jsonl.gz";
}

/// <summary>Writes, lists and reads the monthly bulk files of every release.</summary>
public sealed class BulkFiles(AppDbContext db, TimeProvider clock)
{
    public static string MonthOf(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static bool TryParseMonth(string month, out DateTimeOffset start) =>
        DateTimeOffset.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out start);

    public async Task<IReadOnlyList<BulkFileSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Set<BulkFile>().AsNoTracking().OrderBy(f => f.Month)
            .Select(f => new BulkFileSummary(f.Month, f.Releases, f.Bytes, f.LastSequence, f.GeneratedAt))
            .ToListAsync(cancellationToken);

    public async Task<BulkFileSummary?> SummaryAsync(string month, CancellationToken cancellationToken = default) =>
        await db.Set<BulkFile>().AsNoTracking().Where(f => f.Month == month)
            .Select(f => new BulkFileSummary(f.Month, f.Releases, f.Bytes, f.LastSequence, f.GeneratedAt))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<byte[]?> ContentAsync(string month, CancellationToken cancellationToken = default) =>
        await db.Set<BulkFile>().AsNoTracking().Where(f => f.Month == month).Select(f => f.Content).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Rewrites the month's file unless it already holds the month's newest release. Sequences only grow, so a
    /// file is current exactly when its last sequence is the month's highest. Saves its own change.
    /// </summary>
    public async Task<bool> RefreshAsync(string month, CancellationToken cancellationToken = default)
    {
        if (!TryParseMonth(month, out var start)) throw new ArgumentException($"'{month}' is not a month in the form yyyy-MM.", nameof(month));
        var end = start.AddMonths(1);
        var ofMonth = db.Set<StoredRelease>().AsNoTracking().Where(r => r.Date >= start && r.Date < end);
        var last = await ofMonth.MaxAsync(r => (long?)r.Sequence, cancellationToken);
        var file = await db.Set<BulkFile>().SingleOrDefaultAsync(f => f.Month == month, cancellationToken);
        if (last is null || file?.LastSequence == last) return false;

        using var buffer = new MemoryStream();
        var count = 0;
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            var newline = "\n"u8.ToArray();
            await foreach (var json in ofMonth.OrderBy(r => r.Sequence).Select(r => r.Json).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                await gzip.WriteAsync(Encoding.UTF8.GetBytes(json), cancellationToken);
                await gzip.WriteAsync(newline, cancellationToken);
                count++;
            }
        }
        if (file is null) db.Add(file = new BulkFile { Month = month, Content = [] });
        file.Content = buffer.ToArray();
        file.Bytes = file.Content.Length;
        file.Releases = count;
        file.LastSequence = last.Value;
        file.GeneratedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Brings every month's file up to date, from the oldest release to the newest: for a first start or a repair.</summary>
    public async Task<int> RefreshAllAsync(CancellationToken cancellationToken = default)
    {
        var releases = db.Set<StoredRelease>().AsNoTracking();
        var first = await releases.MinAsync(r => (DateTimeOffset?)r.Date, cancellationToken);
        var last = await releases.MaxAsync(r => (DateTimeOffset?)r.Date, cancellationToken);
        if (first is null || last is null) return 0;
        var refreshed = 0;
        TryParseMonth(MonthOf(first.Value), out var month);
        for (; month <= last.Value; month = month.AddMonths(1))
            if (await RefreshAsync(MonthOf(month), cancellationToken)) refreshed++;
        return refreshed;
    }
}
