using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Platform.Demo;

/// <summary>
/// Real notices for the embedded mode: the releases Contracts Finder published (Cabinet Office, Open Government
/// Licence v3.0), embedded under Samples/. Each goes through the release store like any harvested release, so a
/// release the validator refuses is reported and left out, as it would be in production.
/// </summary>
public sealed class DemoReleases(ReleaseStore store, AppDbContext db, ILogger<DemoReleases> logger)
{
    public const string Source = "Contracts Finder";
    public const string Publisher = "Cabinet Office";
    private const string Prefix = "Demo.Samples.contracts-finder/";

    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Set<StoredRelease>().AnyAsync(r => r.Source == Source, cancellationToken)) return 0;
        var extensions = DeclaredExtensions();
        var added = 0;
        foreach (var name in Resources("releases/"))
        {
            var release = Read(name).AsObject();
            var result = await store.AddAsync(release, extensions, Source, Publisher, cancellationToken);
            if (result.Outcome == ReleaseOutcome.Added) added++;
            else if (result.Outcome == ReleaseOutcome.Invalid)
                logger.LogWarning("Demo release {File} ({Ocid}) was not stored because it is not valid OCDS: {Errors}",
                    name[Prefix.Length..], (string?)release["ocid"], string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo data added: {Count} releases from {Source}", added, Source);
        return added;
    }

    /// <summary>The extensions Contracts Finder declares for these releases, read from its own package.</summary>
    private static List<string> DeclaredExtensions() =>
        Read(Prefix + "packages/page-with-one-release.json")["extensions"]!.AsArray().Select(e => (string)e!).ToList();

    private static IEnumerable<string> Resources(string folder) =>
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix + folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static JsonNode Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The demo data '{name}' is not embedded in the service.");
        return JsonNode.Parse(stream)!;
    }

    private static Assembly Assembly => typeof(DemoReleases).Assembly;
}
