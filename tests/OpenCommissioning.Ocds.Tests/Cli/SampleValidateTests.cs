using System.Text;
using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Ocds.Tests.Cli;

/// <summary>
/// The Contracts Finder samples carry a few errors of their publisher's own (a document url "http://Contract Finder",
/// one party listed twice); compiling must add none.
/// </summary>
public class SampleValidateTests
{
    private static string[] SampleReleases =>
        Directory.GetFiles(Path.Combine(CommandRun.DataFolder, "contracts-finder", "releases"), "*.json").Order().ToArray();

    private static HashSet<(string Code, string? Value)> Errors(string package) =>
        new OcdsValidator().Validate(new MemoryStream(Encoding.UTF8.GetBytes(package)), "package.json").Findings
            .Where(f => f.Severity == Severity.Error).Select(f => (f.Code, f.Value)).ToHashSet();

    [Fact]
    public void Compile_OfEverySampleRelease_AddsNoValidationError()
    {
        var publisher = new[] { "--publisher-name", "Cabinet Office", "--uri", "https://example.org/p.json" };
        var releases = CommandRun.Of("", ["package-releases", .. publisher, .. SampleReleases]).Output;
        var compiledLines = CommandRun.Of("", ["compile", .. SampleReleases]).Output;

        var compiled = CommandRun.Of(compiledLines, ["package-releases", .. publisher]).Output;

        var added = Errors(compiled).Except(Errors(releases)).ToList();
        Assert.Empty(added);
        Assert.Contains(("schema.format", "http://Contract Finder"), Errors(releases));
    }

    [Fact]
    public void Validate_OfTheSamplePackage_FindsItValid()
    {
        var run = CommandRun.Of("", "validate", Path.Combine(CommandRun.DataFolder, "contracts-finder", "packages", "page-with-one-release.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(": valid release package", run.Output);
    }
}
