namespace OpenCommissioning.Harvesting;

/// <summary>A 360Giving data file read as one page of releases: one release per grant.</summary>
public static class GrantPages
{
    public static Task<HarvestPage> ReadAsync(Stream file, CancellationToken cancellationToken) =>
        throw new HarvestFailure("360Giving files cannot be read yet.");
}
