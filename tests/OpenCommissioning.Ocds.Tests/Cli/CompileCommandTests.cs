using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Tests.Cli;

public class CompileCommandTests
{
    private const string TwoProcesses = """
        {"ocid":"ocds-a","id":"1","date":"2020-01-01T00:00:00Z","tag":["tender"],"tender":{"title":"Old","status":"active"}}
        {"ocid":"ocds-b","id":"1","date":"2020-01-01T00:00:00Z","tag":["planning"]}
        {"ocid":"ocds-a","id":"2","date":"2020-02-01T00:00:00Z","tag":["tenderUpdate"],"tender":{"title":"New"}}
        """;

    [Fact]
    public void Compile_OfJsonLines_WritesOneCompiledReleasePerOcidInFirstSeenOrder()
    {
        var run = CommandRun.Of(TwoProcesses, "compile");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Lines();
        Assert.Equal(["ocds-a", "ocds-b"], lines.Select(l => (string?)l["ocid"]));
        Assert.Equal("New", (string?)lines[0]["tender"]!["title"]);
        Assert.Equal("active", (string?)lines[0]["tender"]!["status"]);
    }

    [Fact]
    public void Compile_WithVersioned_WritesEveryValueATitleHasHad()
    {
        var run = CommandRun.Of(TwoProcesses, "compile", "--versioned");

        var titles = run.Lines()[0]["tender"]!["title"]!.AsArray();
        Assert.Equal(["Old", "New"], titles.Select(t => (string?)t!["value"]));
    }

    [Fact]
    public void Compile_WithPackage_WritesARecordPackageWithEmbeddedReleases()
    {
        var run = CommandRun.Of(TwoProcesses, "compile", "--package", "--publisher-name", "Test Council", "--uri", "https://example.org/records");

        var package = run.Single();
        Assert.Equal("Test Council", (string?)package["publisher"]!["name"]);
        Assert.Equal("2025-02-01T12:00:00Z", (string?)package["publishedDate"]);
        Assert.Equal("https://example.org/records", (string?)package["uri"]);
        var record = package["records"]![0]!;
        Assert.Equal(2, record["releases"]!.AsArray().Count);
        Assert.Equal("Old", (string?)record["releases"]![0]!["tender"]!["title"]);
        Assert.Equal("New", (string?)record["compiledRelease"]!["tender"]!["title"]);
        Assert.Null(record["versionedRelease"]);
    }

    [Fact]
    public void Compile_WithPackageAndLinkedReleases_LinksEachReleaseToItsPackage()
    {
        var input = """{"uri":"https://example.org/p.json","releases":[{"ocid":"ocds-a","id":"r1","date":"2020-01-01T00:00:00Z","tag":["tender"],"tender":{"title":"T"}}]}""";

        var run = CommandRun.Of(input, "compile", "--package", "--linked-releases", "--versioned");

        var record = run.Single()["records"]![0]!;
        Assert.Equal("https://example.org/p.json#r1", (string?)record["releases"]![0]!["url"]);
        Assert.Equal("r1", (string?)record["versionedRelease"]!["tender"]!["title"]![0]!["releaseID"]);
    }

    [Fact]
    public void Compile_OfARecordPackage_CompilesItsEmbeddedReleases()
    {
        var input = """{"records":[{"ocid":"ocds-a","releases":[{"ocid":"ocds-a","id":"1","date":"2020-01-01T00:00:00Z","tag":["tender"],"tender":{"title":"T"}}]}]}""";

        var run = CommandRun.Of(input, "compile");

        Assert.Equal("T", (string?)run.Single()["tender"]!["title"]);
    }

    [Fact]
    public void Compile_WhenOneReleaseHasNoDate_ReportsItAndCompilesTheRest()
    {
        var input = TwoProcesses + "\n" + """{"ocid":"ocds-a","id":"3","tag":["award"]}""";

        var run = CommandRun.Of(input, "compile");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("standard input, line 4: ", run.Error);
        Assert.Contains("has no \"date\"", run.Error);
        Assert.Equal(2, run.Lines().Count);
    }

    [Theory]
    [InlineData("{\"id\":\"1\",\"date\":\"2020-01-01T00:00:00Z\"}", "line 1: the release has no \"ocid\"")]
    [InlineData("[{\"ocid\":\"ocds-a\",\"date\":\"2020-01-01T00:00:00Z\"}, 7]", "line 1 ([1]): a release must be a JSON object, but this is a number")]
    [InlineData("{\"records\":[{\"ocid\":\"ocds-a\",\"releases\":[{\"url\":\"u\"}]}]}", "releases[0]: the release is only linked")]
    public void Compile_OfABadRelease_SaysWhereAndWhatIsWrong(string input, string expected)
    {
        var run = CommandRun.Of(input, "compile");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error);
    }

    [Fact]
    public void Compile_OfBrokenJson_ReportsTheLineWithoutAStackTraceAndKeepsWhatCameBefore()
    {
        var run = CommandRun.Of("{\"ocid\":\"ocds-a\",\"id\":\"1\",\"date\":\"2020-01-01T00:00:00Z\"}\n{\"ocid\": }", "compile");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("standard input, line 2: the JSON is not well formed", run.Error);
        Assert.DoesNotContain(" at ", run.Error);
        Assert.Single(run.Lines());
    }

    [Fact]
    public void Compile_OfAMissingFile_SaysSoAndExitsWithTwo()
    {
        var run = CommandRun.Of("", "compile", "no-such-file.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("no-such-file.json: there is no such file.", run.Error.Trim());
    }

    [Fact]
    public void Compile_WithASchemaThatIsNotJson_SaysSo()
    {
        var schema = Path.GetTempFileName();
        File.WriteAllText(schema, "not json");

        var run = CommandRun.Of(TwoProcesses, "compile", "--schema", schema);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("this is not a release schema", run.Error);
        File.Delete(schema);
    }

    [Fact]
    public void Compile_WithTheReleaseSchemaGiven_CompilesAsWithTheDefault()
    {
        var schema = Path.GetTempFileName();
        File.WriteAllText(schema, EmbeddedSchemas.ReadText(EmbeddedSchemas.ReleaseSchema));

        var run = CommandRun.Of(TwoProcesses, "compile", "--schema", schema);

        Assert.Equal(CommandRun.Of(TwoProcesses, "compile").Output, run.Output);
        File.Delete(schema);
    }
}
