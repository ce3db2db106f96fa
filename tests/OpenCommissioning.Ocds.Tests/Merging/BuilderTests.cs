using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Merging;
using static OpenCommissioning.Ocds.Tests.Merging.Releases;

namespace OpenCommissioning.Ocds.Tests.Merging;

public class BuilderTests
{
    private static readonly JsonObject First = Release("2020-01-01T00:00:00Z", """{"tender":{"title":"A","status":"planned"}}""", id: "r1");
    private static readonly JsonObject Second = Release("2020-02-01T00:00:00Z", """{"tender":{"status":"active"},"awards":[{"id":"1"}]}""", id: "r2");
    private static readonly JsonObject Third = Release("2020-03-01T00:00:00Z", """{"tender":{"title":"B"},"awards":[{"id":"1","title":"T"}]}""", id: "r3");

    [Fact]
    public void CompiledBuilder_FromExistingCompiledRelease_EqualsCompilingEverything()
    {
        var existing = new Merger().Compile([First, Second]).Release;
        var builder = new CompiledReleaseBuilder(compiled: existing);

        builder.Add(Third);

        WorkedExampleTests.AssertJsonEqual(new Merger().Compile([First, Second, Third]).Release, builder.Build().Release);
    }

    [Fact]
    public void VersionedBuilder_FromExistingVersionedRelease_EqualsVersioningEverything()
    {
        var existing = new Merger().Versioned([First, Second]).Release;
        var builder = new VersionedReleaseBuilder(versioned: existing);

        builder.Add(Third);

        WorkedExampleTests.AssertJsonEqual(new Merger().Versioned([First, Second, Third]).Release, builder.Build().Release);
    }

    [Fact]
    public void CompiledBuilder_WhenReleaseIsOlderThanCompiledRelease_ThrowsOutOfOrder()
    {
        var builder = new CompiledReleaseBuilder(compiled: new Merger().Compile([Second]).Release);

        var error = Assert.Throws<ReleaseOutOfOrderException>(() => builder.Add(First));

        Assert.Equal("date", error.Path);
        Assert.Contains("2020-02-01T00:00:00Z", error.Message);
    }

    [Fact]
    public void VersionedBuilder_WhenReleaseIsOlderThanLatestVersion_ThrowsOutOfOrder()
    {
        var builder = new VersionedReleaseBuilder(versioned: new Merger().Versioned([Third]).Release);

        Assert.Throws<ReleaseOutOfOrderException>(() => builder.Add(Second));
    }

    [Fact]
    public void CompiledBuilder_WhenReleaseHasSameDate_MergesItAfterwards()
    {
        var builder = new CompiledReleaseBuilder();
        builder.Add(First);

        builder.Add(Release("2020-01-01T00:00:00Z", """{"tender":{"title":"Same day"}}""", id: "r1b"));

        Assert.Equal("Same day", (string?)builder.Build().Release["tender"]!["title"]);
    }

    [Fact]
    public void CompiledBuilder_NeverChangesTheGivenCompiledRelease()
    {
        var existing = new Merger().Compile([First]).Release;
        var before = existing.ToJsonString();

        new CompiledReleaseBuilder(compiled: existing).Add(Second);

        Assert.Equal(before, existing.ToJsonString());
    }

    [Fact]
    public void CompiledBuilder_WhenAddingAfterBuild_EarlierResultStaysTheSame()
    {
        var builder = new CompiledReleaseBuilder();
        builder.Add(First);
        var earlier = builder.Build().Release;
        var before = earlier.ToJsonString();

        builder.Add(Second);

        Assert.Equal(before, earlier.ToJsonString());
        Assert.Equal("active", (string?)builder.Build().Release["tender"]!["status"]);
    }

    [Fact]
    public void CompiledBuilder_AfterAReleaseFails_RefusesMoreReleases()
    {
        var builder = new CompiledReleaseBuilder();
        builder.Add(First);
        Assert.Throws<InconsistentTypeException>(() => builder.Add(Release("2020-02-01T00:00:00Z", """{"tender":{"status":{"a":1}}}""")));

        var error = Assert.Throws<InvalidOperationException>(() => builder.Add(Third));

        Assert.Contains("start a new builder", error.Message);
    }

    [Fact]
    public void CompiledBuilder_CollectsWarningsOfEveryRelease()
    {
        var builder = new CompiledReleaseBuilder();

        builder.Add(Release("2020-01-01T00:00:00Z", """{"awards":[{"id":"1"},{"id":"1"}]}"""));
        builder.Add(Release("2020-02-01T00:00:00Z", """{"awards":[{"id":"2"},{"id":"2"}]}"""));

        Assert.Equal(2, builder.Build().Warnings.Count);
    }
}
