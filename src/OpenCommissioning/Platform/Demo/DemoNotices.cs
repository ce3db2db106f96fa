using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenCommissioning.Notices;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;

using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Platform.Demo;

/// <summary>What one run of the demo notices did, and what it could not carry over from the samples.</summary>
public sealed record DemoNoticesResult(int Procurements, int Notices, IReadOnlyList<string> NotMapped);

/// <summary>
/// Realistic notices for the embedded mode: each Contracts Finder sample process becomes a procurement of a demo buyer
/// made from its buyer party, and its notices are published through the notices capability's own publisher, so every
/// demo release is one our code wrote and validated. Dates move together so that the newest sample lands just before
/// now: the gaps between them stay, so some tenders are still open and others long closed. Each process is published
/// once: its ocid follows from the sample's, and a second start finds it already there.
/// </summary>
public sealed class DemoNotices(AppDbContext db, ReleaseStore releases, NoticeBook book, AuditLog audit, IOptions<NoticeOptions> options,
    PublicUrls urls, TimeProvider clock, ILogger<DemoNotices> logger)
{
    /// <summary>Who the demo notices are published by: no person, so the audit log shows that they came from the demo.</summary>
    public static readonly Guid PublisherId = new("00000000-0000-0000-0000-0000000de300");

    public Task<DemoNoticesResult> SeedAsync(CancellationToken cancellationToken = default) => SeedAsync(DemoSamples.Releases(), cancellationToken);

    public async Task<DemoNoticesResult> SeedAsync(IReadOnlyList<(string File, JsonObject Release)> samples, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var shift = ShiftFor(samples.Select(s => s.Release), now);
        var existing = (await db.Set<Procurement>().Select(p => p.Ocid).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var demoClock = new DemoClock(now);
        var publisher = new NoticePublisher(db, releases, book, new NoticeDocuments(db, audit, demoClock, options),
            new DocumentWithdrawals(db, audit, demoClock), urls, audit, demoClock, options);
        var drafts = new NoticeDrafts(db, audit, demoClock, options);
        var buyers = new DemoBuyers(db, now);
        var notMapped = new List<string>();
        var (procurements, notices) = (0, 0);
        // One transaction, not one per notice: on SQLite each commit waits for the disk, and the demo has ~200 of them.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        foreach (var process in samples.GroupBy(s => SampleDetails.Text(s.Release["ocid"]) ?? s.File).OrderBy(g => FirstDate(g)))
        {
            var ocid = DemoOcid(process.Key);
            if (existing.Contains(ocid)) continue;
            var ordered = process.OrderBy(s => SampleDetails.Time(s.Release["date"], TimeSpan.Zero)).ThenBy(s => s.File, StringComparer.Ordinal).ToList();
            var buyerId = await buyers.FindOrAddAsync(ordered[0].Release, Note(ordered[0].File), cancellationToken);
            DemoProcess? publishing = null;
            foreach (var (file, release) in ordered)
            {
                publishing ??= new DemoProcess(db, publisher, drafts, demoClock, options.Value, buyerId, ocid, Note(file));
                await publishing.PublishAsync(release, shift);
            }
            if (publishing?.Published > 0) procurements++;
            notices += publishing?.Published ?? 0;
            await db.SaveChangesAsync(cancellationToken);
            // What was saved need not be watched: a change tracker that only grows makes every later save slower.
            db.ChangeTracker.Clear();
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (procurements > 0)
            logger.LogInformation("Demo data added: {Procurements} procurements with {Notices} notices published from the Contracts Finder samples; " +
                "{NotMapped} things in them could not be carried over (each logged above)", procurements, notices, notMapped.Count);
        return new(procurements, notices, notMapped);

        Action<string> Note(string file) => text =>
        {
            notMapped.Add($"{file}: {text}");
            logger.LogInformation("Demo sample {File} not fully carried over: {Reason}", file, text);
        };
    }

    /// <summary>Whole days, so that notices keep their times of day, bringing the newest sample to just before now.</summary>
    public static TimeSpan ShiftFor(IEnumerable<JsonObject> samples, DateTimeOffset now)
    {
        var newest = samples.Select(r => SampleDetails.Time(r["date"], TimeSpan.Zero)).Max();
        return newest is null ? TimeSpan.Zero : TimeSpan.FromDays(Math.Floor((now - newest.Value).TotalDays));
    }

    /// <summary>Our ocid for a sample process: under our own prefix, and the same on every start.</summary>
    public string DemoOcid(string sampleOcid) =>
        $"{options.Value.OcidPrefix}-{new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(sampleOcid))[..16]):N}";

    private static DateTimeOffset FirstDate(IEnumerable<(string File, JsonObject Release)> process) =>
        process.Select(s => SampleDetails.Time(s.Release["date"], TimeSpan.Zero) ?? DateTimeOffset.MaxValue).Min();
}
