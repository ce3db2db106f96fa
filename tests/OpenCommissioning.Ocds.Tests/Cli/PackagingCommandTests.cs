namespace OpenCommissioning.Ocds.Tests.Cli;

public class PackagingCommandTests
{
    private const string ThreeReleases = """
        {"ocid":"ocds-a","id":"1","date":"2020-01-01T00:00:00Z"}
        {"ocid":"ocds-a","id":"2","date":"2020-01-02T00:00:00Z"}
        {"ocid":"ocds-b","id":"1","date":"2020-01-03T00:00:00Z"}
        """;

    private const string TwoPackages = """
        {"uri":"https://a.example/1","publishedDate":"2020-01-01T00:00:00Z","publisher":{"name":"A"},"extensions":["x","y"],"releases":[{"ocid":"ocds-a","id":"1"}]}
        {"uri":"https://b.example/2","publisher":{"name":"B"},"releases":[{"ocid":"ocds-b","id":"1"},{"ocid":"ocds-b","id":"2"}],"extensions":["y","z"]}
        """;

    [Fact]
    public void PackageReleases_WrapsEveryReleaseWithThePublisherGiven()
    {
        var run = CommandRun.Of(ThreeReleases, "package-releases", "--publisher-name", "Test Council", "--publisher-uri", "https://t.example", "--uri", "https://t.example/p.json");

        Assert.Equal(0, run.ExitCode);
        var package = run.Single();
        Assert.Equal(3, package["releases"]!.AsArray().Count);
        Assert.Equal("1.1", (string?)package["version"]);
        Assert.Equal("https://t.example", (string?)package["publisher"]!["uri"]);
        Assert.Equal("2025-02-01T12:00:00Z", (string?)package["publishedDate"]);
    }

    [Fact]
    public void PackageReleases_OfAValueThatIsNotARelease_ReportsItAndPackagesTheRest()
    {
        var run = CommandRun.Of(ThreeReleases + "\n\"text\"", "package-releases");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 4: a release must be a JSON object, but this is a string", run.Error);
        Assert.Equal(3, run.Single()["releases"]!.AsArray().Count);
    }

    [Fact]
    public void CombineReleasePackages_KeepsTheFirstPublisherAndEveryExtensionOnce()
    {
        var run = CommandRun.Of(TwoPackages, "combine-release-packages");

        Assert.Equal(0, run.ExitCode);
        var package = run.Single();
        Assert.Equal(3, package["releases"]!.AsArray().Count);
        Assert.Equal("A", (string?)package["publisher"]!["name"]);
        Assert.Equal("https://a.example/1", (string?)package["uri"]);
        Assert.Equal(["x", "y", "z"], package["extensions"]!.AsArray().Select(e => (string?)e));
    }

    [Fact]
    public void CombineReleasePackages_OfABareRelease_LeavesItOutAndSaysSo()
    {
        var run = CommandRun.Of(TwoPackages + "\n{\"ocid\":\"ocds-c\"}", "combine-release-packages");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 3: this is not a release package", run.Error);
        Assert.Equal(3, run.Single()["releases"]!.AsArray().Count);
    }

    [Fact]
    public void CombineRecordPackages_PutsEveryRecordInOnePackage()
    {
        var input = """
            {"publisher":{"name":"A"},"records":[{"ocid":"ocds-a","releases":[]}]}
            {"publisher":{"name":"B"},"records":[{"ocid":"ocds-b","releases":[]},{"ocid":"ocds-c","releases":[]}]}
            """;

        var run = CommandRun.Of(input, "combine-record-packages", "--published-date", "2024-05-05T00:00:00Z");

        var package = run.Single();
        Assert.Equal(["ocds-a", "ocds-b", "ocds-c"], package["records"]!.AsArray().Select(r => (string?)r!["ocid"]));
        Assert.Equal("2024-05-05T00:00:00Z", (string?)package["publishedDate"]);
        Assert.Equal("A", (string?)package["publisher"]!["name"]);
    }

    [Fact]
    public void SplitReleasePackages_IntoTwos_WritesSmallerPackagesEachWithItsMetadata()
    {
        var run = CommandRun.Of(TwoPackages, "split-release-packages", "1");

        Assert.Equal(0, run.ExitCode);
        var packages = run.Lines();
        Assert.Equal([1, 1, 1], packages.Select(p => p["releases"]!.AsArray().Count));
        Assert.Equal(["A", "B", "B"], packages.Select(p => (string?)p["publisher"]!["name"]));
        Assert.Equal(["y", "z"], packages[2]["extensions"]!.AsArray().Select(e => (string?)e));
    }

    [Fact]
    public void SplitReleasePackages_KeepsReleasesInOrderAcrossChunks()
    {
        var releases = string.Join(",", Enumerable.Range(0, 5).Select(i => $"{{\"ocid\":\"ocds-a\",\"id\":\"{i}\"}}"));

        var run = CommandRun.Of($"{{\"releases\":[{releases}]}}", "split-release-packages", "2");

        var packages = run.Lines();
        Assert.Equal([2, 2, 1], packages.Select(p => p["releases"]!.AsArray().Count));
        Assert.Equal("4", (string?)packages[2]["releases"]![0]!["id"]);
    }

    [Fact]
    public void SplitReleasePackages_WithASizeOfNought_SaysWhatIsAllowed()
    {
        var run = CommandRun.Of(TwoPackages, "split-release-packages", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("at least 1", run.Error);
    }

    [Fact]
    public void UnknownCommand_IsRefusedWithAMessage()
    {
        var run = CommandRun.Of("", "frobnicate");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("frobnicate", run.Error);
    }
}
