namespace OpenCommissioning.Ocds.Reading;

/// <summary>A release read back from a spool, with where it came from for messages.</summary>
public sealed record SpooledRelease(ReadOnlyMemory<byte> Utf8Json, string Location);

/// <summary>Every release of one contracting process, in input order.</summary>
public sealed record ReleaseGroup(string Ocid, IReadOnlyList<SpooledRelease> Releases);

/// <summary>
/// Groups releases by <c>ocid</c> without holding them in memory: each release goes to a temporary file and only
/// its place is remembered, so memory grows with the number of releases' places and the largest process, not with
/// the size of the input.
/// </summary>
public sealed class ReleasesByOcid : IDisposable
{
    private readonly record struct Place(long Offset, int Length, string Location);

    private readonly ReleaseSpool spool;
    private readonly Dictionary<string, List<Place>> places = new(StringComparer.Ordinal);
    private readonly List<string> order = [];

    public ReleasesByOcid(string? spoolFolder = null) => spool = new ReleaseSpool(spoolFolder);

    public int ReleaseCount { get; private set; }

    public int OcidCount => order.Count;

    public void Add(string ocid, ReadOnlySpan<byte> utf8Json, string location)
    {
        if (!places.TryGetValue(ocid, out var list))
        {
            places[ocid] = list = [];
            order.Add(ocid);
        }
        list.Add(new Place(spool.Append(utf8Json), utf8Json.Length, location));
        ReleaseCount++;
    }

    /// <summary>The groups in the order in which each ocid was first seen; each group is read when it is reached.</summary>
    public IEnumerable<ReleaseGroup> Groups()
    {
        foreach (var ocid in order)
        {
            var releases = places[ocid].Select(p => new SpooledRelease(spool.Read(p.Offset, p.Length), p.Location)).ToList();
            yield return new ReleaseGroup(ocid, releases);
        }
    }

    public void Dispose() => spool.Dispose();
}
