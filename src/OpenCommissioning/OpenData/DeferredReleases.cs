namespace OpenCommissioning.OpenData;

/// <summary>
/// The releases and sightings a unit of work has accepted but not yet written, held so that a harvested page's
/// rows reach the database in one statement per table instead of through EF's change tracking, and the processes
/// whose notices need refreshing, announced by one job for the page.
/// </summary>
internal sealed class DeferredReleases
{
    private readonly HashSet<(string Ocid, string Id)> releaseKeys = [];
    private readonly HashSet<(string Ocid, string Id, string Source)> sightingKeys = [];
    private readonly HashSet<string> announced = [];

    public List<StoredRelease> Releases { get; } = [];
    public List<ReleaseSighting> Sightings { get; } = [];
    /// <summary>Each process once, in the order first announced.</summary>
    public List<string> Ocids { get; } = [];

    public bool IsEmpty => Releases.Count == 0 && Sightings.Count == 0 && Ocids.Count == 0;

    public bool Holds(string ocid, string id) => releaseKeys.Contains((ocid, id));

    public bool HoldsSighting(string ocid, string id, string source) => sightingKeys.Contains((ocid, id, source));

    public void Add(StoredRelease release)
    {
        if (releaseKeys.Add((release.Ocid, release.ReleaseId))) Releases.Add(release);
    }

    public void Add(ReleaseSighting sighting)
    {
        if (sightingKeys.Add((sighting.Ocid, sighting.ReleaseId, sighting.Source))) Sightings.Add(sighting);
    }

    public void Announce(string ocid)
    {
        if (announced.Add(ocid)) Ocids.Add(ocid);
    }

    /// <summary>Forgets what was written; the keys stay, so the same release offered again is still known as stored.</summary>
    public void Written()
    {
        Releases.Clear();
        Sightings.Clear();
        Ocids.Clear();
        announced.Clear();
    }
}

/// <summary>
/// What <see cref="ReleaseStore.WriteDeferredAsync"/> really stored: the releases offered as new (Added) that another
/// writer stored between the look-up and the write, so were not stored again.
/// </summary>
public sealed record DeferredWrite(IReadOnlySet<(string Ocid, string ReleaseId)> StoredElsewhere)
{
    public static readonly DeferredWrite Nothing = new(new HashSet<(string, string)>());
}
