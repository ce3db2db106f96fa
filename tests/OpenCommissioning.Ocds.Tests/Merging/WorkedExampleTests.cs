using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Merging;

namespace OpenCommissioning.Ocds.Tests.Merging;

/// <summary>The merging specification's worked examples: our output must equal the published records.</summary>
public class WorkedExampleTests
{
    private static readonly string[] AllFive =
        ["merge-tender-1.json", "merge-tender-2.json", "merge-tender-3.json", "merge-award-1.json", "merge-award-2.json"];

    [Theory]
    [InlineData("merged.json", "merge-tender-1.json", "merge-tender-2.json", "merge-tender-3.json",
        "merge-award-1.json", "merge-award-2.json")]
    [InlineData("versioned.json", "merge-tender-1.json", "merge-tender-2.json", "merge-tender-3.json",
        "merge-award-1.json", "merge-award-2.json")]
    [InlineData("example02-field-record.json")]
    [InlineData("example02-object-record.json")]
    [InlineData("example03-record.json")]
    public void Compile_OfWorkedExample_EqualsPublishedCompiledRelease(string recordFile, params string[] releaseFiles)
    {
        var record = RecordOf(recordFile);
        var releases = ReleasesFor(record, releaseFiles);

        var result = new Merger().Compile(releases);

        AssertJsonEqual(record["compiledRelease"], result.Release);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("versioned.json")]
    [InlineData("example02-field-record.json")]
    [InlineData("example02-object-record.json")]
    [InlineData("example03-record.json")]
    public void Versioned_OfWorkedExample_EqualsPublishedVersionedRelease(string recordFile)
    {
        var record = RecordOf(recordFile);
        var releases = ReleasesFor(record, recordFile == "versioned.json" ? AllFive : []);

        var result = new Merger().Versioned(releases);

        AssertJsonEqual(record["versionedRelease"], result.Release);
    }

    internal static JsonNode Load(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Merging", file)))!;

    private static JsonObject RecordOf(string file) => Load(file)["records"]![0]!.AsObject();

    /// <summary>The record's embedded releases, or the releases of the packages it links to.</summary>
    private static List<JsonNode> ReleasesFor(JsonObject record, string[] releaseFiles) => releaseFiles.Length == 0
        ? record["releases"]!.AsArray().Select(r => r!).ToList()
        : releaseFiles.SelectMany(f => Load(f)["releases"]!.AsArray().Select(r => r!)).ToList();

    internal static void AssertJsonEqual(JsonNode? expected, JsonNode? actual)
    {
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Fail($"Expected:\n{expected?.ToJsonString()}\nActual:\n{actual?.ToJsonString()}");
        }
    }
}
