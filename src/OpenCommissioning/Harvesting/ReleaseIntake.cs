using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Harvesting;

/// <summary>What became of an offered release; a release quarantined before is not counted twice.</summary>
public enum IntakeOutcome { Added, AlreadyStored, Quarantined, AlreadyQuarantined }

/// <summary>
/// Offers one harvested or imported release to the release store, and quarantines it with its findings when the
/// store refuses it. Everything joins the caller's unit of work, saved by <see cref="SaveAsync"/> (or written by
/// <see cref="WriteAsync"/> in the caller's own transaction), so a page's releases, quarantine and position are
/// saved together or not at all.
/// </summary>
public sealed class ReleaseIntake
{
    private readonly ReleaseStore store;
    private readonly AppDbContext db;
    private readonly TimeProvider clock;
    // Fingerprints in quarantine (or pending) for the page's processes, loaded at the page's first quarantined release.
    private readonly HashSet<(string Source, string Fingerprint)> quarantined = [];
    private readonly HashSet<(string Source, string Ocid)> quarantineLookedUp = [];
    private (string Source, List<string> Ocids)? pageToLookUp;

    public ReleaseIntake(ReleaseStore store, AppDbContext db, TimeProvider clock) => (this.store, this.db, this.clock) = (store, db, clock);

    /// <summary>
    /// From now on the releases and sightings this unit of work accepts are held and written by <see cref="WriteAsync"/>
    /// in one statement per table rather than through EF's change tracking: for a caller offering a page or a file
    /// at a time. Asked for, not implied, because saving the context without <see cref="WriteAsync"/> then fails.
    /// </summary>
    public void DeferWrites() => store.DeferWrites();

    /// <summary>
    /// Looks up a page's releases (stored, sighted, and at the first broken one, quarantined) in one query each
    /// before they are offered one by one, instead of a round trip per release.
    /// </summary>
    public async Task LookUpAsync(IReadOnlyList<JsonNode?> releases, string source, CancellationToken cancellationToken)
    {
        await store.LookUpAsync(releases, cancellationToken);
        pageToLookUp = (source, releases.Select(r => Text(r, "ocid")).OfType<string>().Where(o => o.Length <= 200).Distinct().ToList());
    }

    private async Task LookUpQuarantineAsync(CancellationToken cancellationToken)
    {
        if (pageToLookUp is not { } page) return;
        pageToLookUp = null;
        var (source, ocids) = page;
        if (ocids.Count == 0) return;
        var fingerprints = await db.Set<QuarantinedRelease>().AsNoTracking()
            .Where(q => q.Source == source && q.Ocid != null && ocids.Contains(q.Ocid))
            .Select(q => q.Fingerprint).ToListAsync(cancellationToken);
        quarantined.UnionWith(fingerprints.Select(f => (source, f)));
        quarantineLookedUp.UnionWith(ocids.Select(o => (source, o)));
    }

    /// <summary>
    /// Writes the rows held since <see cref="DeferWrites"/> inside the caller's transaction, before it saves what EF
    /// tracks; returns what really went in, for figures saved in the same transaction.
    /// </summary>
    public async Task<WrittenPage> WriteAsync(CancellationToken cancellationToken) => new(await store.WriteDeferredAsync(cancellationToken));

    /// <summary>Saves the unit of work in one transaction: the store's held rows first, then everything EF tracks.</summary>
    public async Task<WrittenPage> SaveAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var written = await WriteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    public Task<IntakeOutcome> OfferAsync(JsonNode? release, IReadOnlyList<string>? extensions, string source,
        string? publisherName, CancellationToken cancellationToken) =>
        OfferAsync(release, extensions, source, publisherName, check: null, cancellationToken);

    /// <summary>As the overload above, with the release's validation done ahead (see <see cref="ReleaseStore.Check"/>).</summary>
    public async Task<IntakeOutcome> OfferAsync(JsonNode? release, IReadOnlyList<string>? extensions, string source,
        string? publisherName, ReleaseCheck? check, CancellationToken cancellationToken)
    {
        if (release is not JsonObject releaseObject)
            return await QuarantineAsync(source, release, ["(release): is not a JSON object"], cancellationToken);
        // A number such as 1e9999 is valid JSON syntax but no number type can hold it; storing it would either fail
        // or change it, so the release is quarantined as received (see docs/harvesting.md).
        var oversized = JsonNumbers.OutOfRange(releaseObject).ToList();
        if (oversized.Count > 0)
            return await QuarantineAsync(source, release, oversized.Select(p => $"{p}: the number is too large to store").ToList(), cancellationToken);

        ReleaseAddResult result;
        try { result = await store.AddAsync(releaseObject, extensions, source, publisherName, sourceUrl: null, check, cancellationToken); }
        catch (Exception error) when (error is FormatException or InvalidCastException or InvalidOperationException or ArgumentException)
        {
            return await QuarantineAsync(source, release, [$"(release): {error.Message}"], cancellationToken);
        }
        return result.Outcome switch
        {
            ReleaseOutcome.Added => IntakeOutcome.Added,
            ReleaseOutcome.AlreadyStored => IntakeOutcome.AlreadyStored,
            _ => await QuarantineAsync(source, release, result.Errors.Select(f => $"{f.Path}: {f.Message}").ToList(), cancellationToken),
        };
    }

    public async Task<IntakeOutcome> QuarantineAsync(string source, JsonNode? release, IReadOnlyList<string> findings,
        CancellationToken cancellationToken)
    {
        var raw = release?.ToJsonString() ?? "null";
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));
        var ocid = Truncate(Text(release, "ocid"), 200);
        await LookUpQuarantineAsync(cancellationToken);
        if (quarantined.Contains((source, fingerprint))) return IntakeOutcome.AlreadyQuarantined;
        var lookedUp = ocid is not null && quarantineLookedUp.Contains((source, ocid));
        if (!lookedUp && await db.Set<QuarantinedRelease>().AnyAsync(q => q.Source == source && q.Fingerprint == fingerprint, cancellationToken))
            return IntakeOutcome.AlreadyQuarantined;
        // Pending in this unit of work from now on: the same broken release twice in a page is quarantined once.
        quarantined.Add((source, fingerprint));
        db.Add(new QuarantinedRelease
        {
            Source = source,
            Ocid = ocid,
            ReleaseId = Truncate(Text(release, "id"), 300),
            RawText = raw,
            Findings = string.Join('\n', findings),
            Fingerprint = fingerprint,
            ReceivedAt = clock.GetUtcNow(),
        });
        return IntakeOutcome.Quarantined;
    }

    private static string? Text(JsonNode? release, string property) =>
        release is JsonObject o && o[property] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
