using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Tests.Cli;

/// <summary>Real notices from Contracts Finder: every release compiles, as its publisher intended.</summary>
public class SampleCompileTests
{
    private static string Samples => Path.Combine(CommandRun.DataFolder, "contracts-finder");

    [Fact]
    public void Compile_OfEverySampleRelease_GivesOneCompiledReleasePerOcidWithoutComplaint()
    {
        var files = Directory.GetFiles(Path.Combine(Samples, "releases"), "*.json").Order().ToArray();
        var ocids = files.Select(f => (string?)JsonNode.Parse(File.ReadAllText(f))!["ocid"]).Distinct().ToList();

        var run = CommandRun.Of("", ["compile", .. files]);

        Assert.Equal(0, run.ExitCode);
        var compiled = run.Lines();
        Assert.Equal(96, compiled.Count);
        Assert.Equal(ocids.Order(), compiled.Select(c => (string?)c["ocid"]).Order());
        Assert.All(compiled, c => Assert.Equal("compiled", (string?)c["tag"]![0]));
    }

    [Fact]
    public void Compile_OfTheSamplePackages_KeepsThePublisherAndExtensions()
    {
        var run = CommandRun.Of("", "compile", "--package",
            Path.Combine(Samples, "packages", "page-with-one-release.json"),
            Path.Combine(Samples, "packages", "empty-last-page.json"));

        Assert.Equal(0, run.ExitCode);
        var package = run.Single();
        Assert.Equal("Cabinet Office", (string?)package["publisher"]!["name"]);
        Assert.Equal("2025-01-23T22:10:19Z", (string?)package["publishedDate"]);
        Assert.Equal(7, package["extensions"]!.AsArray().Count);
        Assert.Single(package["records"]!.AsArray());
    }
}
