using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Tests.Harvesting;

/// <summary>Portal pages built from Contracts Finder's real published releases (test data, OGL v3).</summary>
public static class RecordedPages
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "contracts-finder");
    private static readonly Lazy<IReadOnlyList<int>> ValidNumbers = new(() =>
    {
        var validator = new OcdsValidator();
        return Enumerable.Range(101, 100)
            .Where(n => !validator.ValidateRelease(Release(n), Extensions).Any(f => f.Severity == Severity.Error)).ToList();
    });

    /// <summary>The sample package: its extensions and publisher are what Contracts Finder declares.</summary>
    public static JsonObject SamplePackage() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "packages", "page-with-one-release.json")))!.AsObject();

    public static IReadOnlyList<string> Extensions { get; } =
        SamplePackage()["extensions"]!.AsArray().Select(e => (string)e!).ToList();

    public static JsonObject Release(int number) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "releases", $"release-{number}.json")))!.AsObject();

    /// <summary>Real releases the validator accepts; <paramref name="skip"/> lets tests take different ones.</summary>
    public static IReadOnlyList<JsonObject> ValidReleases(int count, int skip = 0) =>
        ValidNumbers.Value.Skip(skip).Take(count).Select(Release).ToList();

    /// <summary>Valid real releases given ocids of their own, so tests sharing a database never see each other's.</summary>
    public static IReadOnlyList<JsonObject> Fresh(int count, string tag) =>
        ValidReleases(count).Select(r => { r["ocid"] = $"{r["ocid"]}-{tag}"; return r; }).ToList();

    public static string Package(IEnumerable<JsonNode> releases, string? next = null)
    {
        var package = SamplePackage();
        package["releases"] = new JsonArray(releases.Select(r => r.DeepClone()).ToArray());
        package.Remove("links");
        if (next is not null) package["links"] = new JsonObject { ["next"] = next };
        return package.ToJsonString(Relaxed);
    }

    // Real portals send £ and é as themselves, not as \u escapes; so must the replays.
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string RecordPackage(IEnumerable<JsonObject> compiledReleases)
    {
        var package = SamplePackage();
        package.Remove("releases");
        package.Remove("links");
        package["records"] = new JsonArray(compiledReleases.Select(r => (JsonNode)new JsonObject
        {
            ["ocid"] = r["ocid"]!.DeepClone(),
            ["compiledRelease"] = r.DeepClone(),
        }).ToArray());
        return package.ToJsonString();
    }

    public static string Ocid(JsonNode release) => (string)release["ocid"]!;
}
