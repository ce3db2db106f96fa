using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Tests.Cli;

public class ValidateCommandTests
{
    internal const string ValidPackage = """
        {"uri":"https://example.org/p.json","version":"1.1","publishedDate":"2025-01-31T09:00:00Z",
         "publisher":{"name":"Example Council"},
         "releases":[{"ocid":"ocds-a1b2c3-0001","id":"1","date":"2025-01-31T09:00:00Z","tag":["tender"],"initiationType":"tender"}]}
        """;

    private static readonly string InvalidPackage = ValidPackage.Replace("\"tag\":[\"tender\"]", "\"tag\":\"tender\"");

    [Fact]
    public void Validate_OfAValidPackage_SaysSoAndExitsWithNought()
    {
        var run = CommandRun.Of(ValidPackage, "validate");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("standard input: valid release package", run.Output);
    }

    [Fact]
    public void Validate_OfAnInvalidPackage_ListsTheErrorAndExitsWithOne()
    {
        var run = CommandRun.Of(InvalidPackage, "validate");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("releases/0/tag", run.Output);
    }

    [Fact]
    public void Validate_WithJson_WritesAReportToolsCanRead()
    {
        var run = CommandRun.Of(InvalidPackage, "validate", "--json");

        var report = JsonNode.Parse(run.Output)!;
        Assert.False((bool)report["isValid"]!);
        Assert.Equal(1, (int)report["releases"]!);
        Assert.Contains(report["findings"]!.AsArray(), f => (string?)f!["path"] == "releases/0/tag");
    }

    [Fact]
    public void Validate_OfBrokenJson_ExitsWithTwo()
    {
        var run = CommandRun.Of("{\"releases\": [", "validate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not well-formed JSON", run.Output);
    }

    [Fact]
    public void Validate_OfAMissingFile_SaysSoAndExitsWithTwo()
    {
        var run = CommandRun.Of("", "validate", "no-such-file.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("no-such-file.json: there is no such file.", run.Error.Trim());
    }

    [Fact]
    public void Validate_OfSeveralFiles_ReportsEachAndExitsWithTheWorstOutcome()
    {
        var valid = Path.GetTempFileName();
        var invalid = Path.GetTempFileName();
        File.WriteAllText(valid, ValidPackage);
        File.WriteAllText(invalid, InvalidPackage);

        var run = CommandRun.Of("", "validate", valid, invalid);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{valid}: valid release package", run.Output);
        Assert.Contains($"{invalid}: not valid release package", run.Output);
        File.Delete(valid);
        File.Delete(invalid);
    }
}
