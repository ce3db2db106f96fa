using System.Text.Json.Nodes;
using CsCheck;
using OpenCommissioning.Ocds.Merging;
using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Ocds.Tests.Merging;

/// <summary>
/// Compiled output validates against the schema whenever its inputs do: checked on Contracts Finder's real releases,
/// each group of one ocid, and on random mixtures of them given one ocid and shuffled dates.
/// </summary>
public class CompiledValidityTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "contracts-finder");
    private static readonly OcdsValidator Validator = new();
    private static readonly List<string> Extensions = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "packages", "page-with-one-release.json")))!["extensions"]!
        .AsArray().Select(e => (string)e!).ToList();

    /// <summary>The sample releases that are valid as published (three carry the publisher's own errors).</summary>
    private static readonly List<string> ValidReleases = Directory.GetFiles(Path.Combine(Folder, "releases"), "*.json").Order()
        .Select(File.ReadAllText)
        .Where(text => Errors(JsonNode.Parse(text)!).Count == 0)
        .ToList();

    private static List<string> Errors(JsonNode release) =>
        Validator.ValidateRelease(release, Extensions).Where(f => f.Severity == Severity.Error).Select(f => $"{f.Code} {f.Path}").ToList();

    [Fact]
    public void EveryValidSampleProcess_CompilesToAValidRelease()
    {
        var groups = ValidReleases.Select(t => JsonNode.Parse(t)!).GroupBy(r => (string)r["ocid"]!).ToList();

        Assert.True(ValidReleases.Count >= 90, $"only {ValidReleases.Count} sample releases are valid");
        foreach (var group in groups)
        {
            var compiled = new Merger().Compile(group).Release;
            Assert.Equal([], Errors(compiled));
            Assert.Equal("compiled", (string)compiled["tag"]![0]!);
        }
    }

    [Fact]
    public void AnyMixOfValidReleases_CompilesToAValidRelease()
    {
        Gen.Int[0, ValidReleases.Count - 1].Array[1, 6].Select(Gen.Int[0, 1_000_000]).Sample((picks, seed) =>
        {
            var random = new Random(seed);
            var releases = picks.Select((pick, position) =>
            {
                var release = JsonNode.Parse(ValidReleases[pick])!;
                release["ocid"] = "ocds-b5fd17-mixture";
                release["id"] = $"mixture-{position}";
                release["date"] = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 10_000)).ToString("yyyy-MM-ddTHH:mm:ssZ");
                return release;
            }).ToList();
            Assert.All(releases, r => Assert.Equal([], Errors(r)));

            var compiled = new Merger().Compile(releases).Release;

            Assert.Equal([], Errors(compiled));
        }, iter: 60);
    }
}
