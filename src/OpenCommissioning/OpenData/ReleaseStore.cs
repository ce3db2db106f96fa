using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Ocds.Merging;
using OpenCommissioning.Ocds.Validation;
using OpenCommissioning.OpenData.Bulk;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Jobs;

namespace OpenCommissioning.OpenData;

/// <summary>What happened when a release was offered to the store.</summary>
public enum ReleaseOutcome { Added, AlreadyStored, Invalid }

public sealed record ReleaseAddResult(ReleaseOutcome Outcome, IReadOnlyList<Finding> Errors);

/// <summary>
/// The one way releases enter the store: each is validated with the OCDS toolkit, stored once (ocid + id), and
/// announced with a job so projections such as search catch up. Changes join the caller's unit of work.
/// </summary>
public sealed class ReleaseStore(AppDbContext db, JobQueue jobs, TimeProvider clock)
{
    public const string ReleaseAddedJob = "opendata.release-added";
    private const int OcidsPerJob = 200;
    private static readonly OcdsValidator Validator = new();
    private readonly HashSet<string> bulkMonthsQueued = [];
    // What LookUpAsync found in the database: committed rows, so they stay true even if this unit of work fails.
    private readonly HashSet<(string Ocid, string Id)> lookedUp = [];
    private readonly HashSet<(string Ocid, string Id)> stored = [];
    private readonly HashSet<(string Ocid, string Id, string Source)> sighted = [];
    private DeferredReleases? deferred;

    /// <summary>
    /// From now on this unit of work's new releases and sightings are held and written by
    /// <see cref="WriteDeferredAsync"/> in one statement per table, and its release-added announcements go out as one
    /// job: for callers that add a page of releases at a time (the harvester, the import command).
    /// </summary>
    public void DeferWrites()
    {
        if (deferred is not null) return;
        deferred = new DeferredReleases();
        // Saving without writing the held rows first would commit the page's position without its releases.
        db.SavingChanges += (_, _) =>
        {
            if (deferred is { IsEmpty: false }) throw new InvalidOperationException("The release store's deferred rows must be written before saving.");
        };
    }

    /// <summary>
    /// Writes the held releases and sightings inside the caller's transaction (open one first, so that they commit or
    /// roll back with the rest of the unit of work), and queues one release-added job for the processes whose rows
    /// went in. A release another writer stored since the look-up is skipped by the database; it is reported as
    /// <see cref="DeferredWrite.StoredElsewhere"/>, and neither its process nor its month is announced for it, since
    /// that writer announced them.
    /// </summary>
    public async Task<DeferredWrite> WriteDeferredAsync(CancellationToken cancellationToken = default)
    {
        if (deferred is null || deferred.IsEmpty) return DeferredWrite.Nothing;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Open a transaction before writing the release store's deferred rows.");
        var releases = await db.InsertRowsAsync(deferred.Releases, cancellationToken);
        var sightings = await db.InsertRowsAsync(deferred.Sightings, cancellationToken);
        var changed = releases.Select(r => r.Ocid).Concat(sightings.Select(s => s.Ocid)).ToHashSet(StringComparer.Ordinal);
        // A harvested page is one job; an imported file of thousands of releases several, so no job grows without bound.
        foreach (var ocids in deferred.Ocids.Where(changed.Contains).Chunk(OcidsPerJob)) jobs.Enqueue(ReleaseAddedJob, new ReleaseAdded(Ocids: ocids));
        foreach (var release in releases) EnqueueBulkFile(BulkFiles.MonthOf(release.Date));
        var inserted = releases.Select(r => (r.Ocid, r.ReleaseId)).ToHashSet();
        var storedElsewhere = deferred.Releases.Select(r => (r.Ocid, r.ReleaseId)).Where(k => !inserted.Contains(k)).ToHashSet();
        deferred.Written();
        return new DeferredWrite(storedElsewhere);
    }

    /// <summary>
    /// Finds in one query which of a page's releases are stored, and by which sources they were seen, so that
    /// offering them one by one needs no round trip each: the harvester's largest cost before.
    /// </summary>
    public async Task LookUpAsync(IEnumerable<JsonNode?> releases, CancellationToken cancellationToken = default)
    {
        var pairs = releases.OfType<JsonObject>()
            .Select(r => (Ocid: Text(r["ocid"]), Id: Text(r["id"])))
            .Where(p => p.Ocid is not null && p.Id is not null)
            .Select(p => (p.Ocid!, p.Id!)).ToHashSet();
        if (pairs.Count == 0) return;
        var ocids = pairs.Select(p => p.Item1).Distinct().ToList();
        var rows = await db.Set<StoredRelease>().AsNoTracking().Where(r => ocids.Contains(r.Ocid))
            .Select(r => new { r.Ocid, r.ReleaseId }).ToListAsync(cancellationToken);
        stored.UnionWith(rows.Select(r => (r.Ocid, r.ReleaseId)));
        lookedUp.UnionWith(pairs);
        // Sightings matter only for releases already stored (a new release's sighting is new); a page of new
        // releases, the usual case, needs no second query.
        var storedOcids = rows.Where(r => pairs.Contains((r.Ocid, r.ReleaseId))).Select(r => r.Ocid).Distinct().ToList();
        if (storedOcids.Count == 0) return;
        var sightings = await db.Set<ReleaseSighting>().AsNoTracking().Where(s => storedOcids.Contains(s.Ocid))
            .Select(s => new { s.Ocid, s.ReleaseId, s.Source }).ToListAsync(cancellationToken);
        sighted.UnionWith(sightings.Select(s => (s.Ocid, s.ReleaseId, s.Source)));
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    public Task<ReleaseAddResult> AddAsync(JsonObject release, IReadOnlyList<string>? extensions = null,
        string? source = null, string? publisherName = null, CancellationToken cancellationToken = default) =>
        AddAsync(release, extensions, source, publisherName, sourceUrl: null, cancellationToken);

    /// <summary>
    /// Adds a release drawn from <paramref name="source"/> (null for our own), recording that the source offered
    /// it: a release already stored but newly seen on another portal is not stored again, yet its notice is
    /// refreshed so that it lists both portals.
    /// </summary>
    public Task<ReleaseAddResult> AddAsync(JsonObject release, IReadOnlyList<string>? extensions, string? source,
        string? publisherName, string? sourceUrl, CancellationToken cancellationToken = default) =>
        AddAsync(release, extensions, source, publisherName, sourceUrl, check: null, cancellationToken);

    /// <summary>Validates a release as <see cref="AddAsync(JsonObject, IReadOnlyList{string}?, string?, string?, string?, ReleaseCheck?, CancellationToken)"/> would, for a caller that validates ahead.</summary>
    public static ReleaseCheck Check(JsonObject release, IReadOnlyList<string>? extensions) => new(release, extensions, Errors(release, extensions));

    private static IReadOnlyList<Finding> Errors(JsonObject release, IReadOnlyList<string>? extensions) =>
        Validator.ValidateRelease(release, extensions).Where(f => f.Severity == Severity.Error).ToList();

    /// <summary>As the overload above; <paramref name="check"/>, when made for this release, spares validating it again.</summary>
    public async Task<ReleaseAddResult> AddAsync(JsonObject release, IReadOnlyList<string>? extensions, string? source,
        string? publisherName, string? sourceUrl, ReleaseCheck? check, CancellationToken cancellationToken = default)
    {
        var ahead = check is not null && check.IsFor(release, extensions) ? check : null;
        var errors = ahead?.Errors ?? Errors(release, extensions);
        if (errors.Count > 0) return new(ReleaseOutcome.Invalid, errors);

        var ocid = (string)release["ocid"]!;
        var id = (string)release["id"]!;
        var pending = deferred?.Holds(ocid, id) ?? db.AnyTracked<StoredRelease>(r => r.Ocid == ocid && r.ReleaseId == id);
        var isStored = lookedUp.Contains((ocid, id))
            ? stored.Contains((ocid, id))
            : await db.Set<StoredRelease>().AnyAsync(r => r.Ocid == ocid && r.ReleaseId == id, cancellationToken);
        if (pending || isStored)
        {
            if (source is not null && await SightAsync(release, ocid, id, source, sourceUrl, cancellationToken))
                Announce(ocid);
            return new(ReleaseOutcome.AlreadyStored, []);
        }

        var date = DateTimeOffset.Parse((string)release["date"]!).ToUniversalTime();
        Keep(new StoredRelease
        {
            Ocid = ocid,
            ReleaseId = id,
            Date = date,
            Tags = string.Join(' ', release["tag"]?.AsArray().Select(t => (string?)t) ?? []),
            Json = ahead?.Json ?? release.ToJsonString(),
            StoredAt = clock.GetUtcNow(),
            Source = source,
            PublisherName = publisherName,
        });
        // A release new to the store cannot have been seen before, so its sighting needs no look-up.
        if (source is not null) Keep(Sighting(release, ocid, id, source, sourceUrl));
        Announce(ocid);
        // Held releases queue their month when written, and only if they really went in.
        if (deferred is null) EnqueueBulkFile(BulkFiles.MonthOf(date));
        return new(ReleaseOutcome.Added, []);
    }

    /// <summary>Records that a source offered a release, once; true when this source had not offered it before.</summary>
    private async Task<bool> SightAsync(JsonObject release, string ocid, string id, string source, string? url, CancellationToken cancellationToken)
    {
        var pending = deferred?.HoldsSighting(ocid, id, source)
            ?? db.AnyTracked<ReleaseSighting>(s => s.Ocid == ocid && s.ReleaseId == id && s.Source == source);
        var seen = lookedUp.Contains((ocid, id))
            ? sighted.Contains((ocid, id, source))
            : await db.Set<ReleaseSighting>().AnyAsync(s => s.Ocid == ocid && s.ReleaseId == id && s.Source == source, cancellationToken);
        if (pending || seen)
            return false;
        Keep(Sighting(release, ocid, id, source, url));
        return true;
    }

    private void Keep(StoredRelease release)
    {
        if (deferred is null) db.Add(release);
        else deferred.Add(release);
    }

    private void Keep(ReleaseSighting sighting)
    {
        if (deferred is null) db.Add(sighting);
        else deferred.Add(sighting);
    }

    private void Announce(string ocid)
    {
        if (deferred is null) jobs.Enqueue(ReleaseAddedJob, new ReleaseAdded(Ocids: [ocid]));
        else deferred.Announce(ocid);
    }

    private ReleaseSighting Sighting(JsonObject release, string ocid, string id, string source, string? url) => new()
    {
        Ocid = ocid, ReleaseId = id, Source = source, Url = url ?? ReleaseSourceUrl.Of(release), FirstSeenAt = clock.GetUtcNow(),
    };

    /// <summary>Every portal each of these processes was seen on, in the order first seen, with the notice's address there.</summary>
    public async Task<IReadOnlyList<NoticeSource>> SourcesOfAsync(IReadOnlyCollection<string> ocids, CancellationToken cancellationToken = default)
    {
        var sightings = await db.Set<ReleaseSighting>().AsNoTracking().Where(s => ocids.Contains(s.Ocid))
            .OrderBy(s => s.FirstSeenAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        // The newest address a portal gives for a process wins: a later release's notice is the one to read.
        return sightings.GroupBy(s => (s.Ocid, s.Source))
            .Select(g => new NoticeSource(g.Key.Ocid, g.Key.Source, g.LastOrDefault(s => s.Url is not null)?.Url))
            .ToList();
    }

    /// <summary>All releases of one contracting process, oldest first.</summary>
    public async Task<IReadOnlyList<StoredRelease>> ReleasesOfAsync(string ocid, CancellationToken cancellationToken = default) =>
        await db.Set<StoredRelease>().AsNoTracking().Where(r => r.Ocid == ocid).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);

    /// <summary>The compiled release of one contracting process, merged from its stored releases; null if none.</summary>
    public async Task<JsonObject?> CompiledReleaseAsync(string ocid, CancellationToken cancellationToken = default)
    {
        var releases = await ReleasesOfAsync(ocid, cancellationToken);
        return releases.Count == 0 ? null : new Merger(OpenDataPublication.ExtendedMergeRules).Compile(releases.Select(r => JsonNode.Parse(r.Json)!)).Release;
    }

    /// <summary>One rewrite of a month's bulk file per unit of work, however many of its releases were added.</summary>
    private void EnqueueBulkFile(string month)
    {
        if (bulkMonthsQueued.Add(month)) jobs.Enqueue(BulkFileJob.JobKind, new BulkMonth(month));
    }
}

/// <summary>
/// The payload of a release-added job: the processes whose releases changed. Jobs queued before pages were
/// announced together carry a single <see cref="Ocid"/>.
/// </summary>
public sealed record ReleaseAdded(string? Ocid = null, IReadOnlyList<string>? Ocids = null)
{
    /// <summary>Each process once.</summary>
    public IReadOnlyList<string> Processes() =>
        (Ocids ?? []).Concat(Ocid is null ? [] : [Ocid]).Distinct(StringComparer.Ordinal).ToList();
}
