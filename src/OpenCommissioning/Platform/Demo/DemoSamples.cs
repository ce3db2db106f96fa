using System.Reflection;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Platform.Demo;

/// <summary>
/// The Contracts Finder releases embedded under Samples/ (Cabinet Office, Open Government Licence v3.0), read once
/// for the demo notices and, raw, for the tests of the release store.
/// </summary>
public static class DemoSamples
{
    private const string Prefix = "Demo.Samples.contracts-finder/";

    /// <summary>Every sample release, in the order of its file name.</summary>
    public static IReadOnlyList<(string File, JsonObject Release)> Releases() =>
        Resources("releases/").Select(n => (n[Prefix.Length..], Read(n).AsObject())).ToList();

    /// <summary>The extensions Contracts Finder declares for these releases, read from its own package.</summary>
    public static List<string> DeclaredExtensions() =>
        Read(Prefix + "packages/page-with-one-release.json")["extensions"]!.AsArray().Select(e => (string)e!).ToList();

    private static IEnumerable<string> Resources(string folder) =>
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix + folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static JsonNode Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The demo data '{name}' is not embedded in the service.");
        return JsonNode.Parse(stream)!;
    }

    private static Assembly Assembly => typeof(DemoSamples).Assembly;
}

/// <summary>
/// The clock the demo publishes by: each notice is published "at" its sample's date, moved to the present, so the
/// publisher's own rules (no deadline before publication, proportionate tender periods) hold for the demo too.
/// </summary>
public sealed class DemoClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
