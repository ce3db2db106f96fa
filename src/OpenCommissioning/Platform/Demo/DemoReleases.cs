using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Platform.Demo;

/// <summary>
/// The Contracts Finder sample releases stored as they are, like harvested releases, for the tests of open data
/// that need real, uneven data. The embedded mode's demo notices come from <see cref="DemoNotices"/> instead, which
/// publishes the same samples through the publishing model. A release the validator refuses is reported and left out.
/// </summary>
public sealed class DemoReleases(ReleaseStore store, AppDbContext db, ILogger<DemoReleases> logger)
{
    public const string Source = "Contracts Finder";
    public const string Publisher = "Cabinet Office";

    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Set<StoredRelease>().AnyAsync(r => r.Source == Source, cancellationToken)) return 0;
        var extensions = DemoSamples.DeclaredExtensions();
        var added = 0;
        foreach (var (name, release) in DemoSamples.Releases())
        {
            var result = await store.AddAsync(release, extensions, Source, Publisher, cancellationToken);
            if (result.Outcome == ReleaseOutcome.Added) added++;
            else if (result.Outcome == ReleaseOutcome.Invalid)
                logger.LogWarning("Demo release {File} ({Ocid}) was not stored because it is not valid OCDS: {Errors}",
                    name, (string?)release["ocid"], string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo data added: {Count} releases from {Source}", added, Source);
        return added;
    }
}
