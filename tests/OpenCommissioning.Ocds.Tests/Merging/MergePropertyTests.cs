using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;
using OpenCommissioning.Ocds.Merging;

namespace OpenCommissioning.Ocds.Tests.Merging;

/// <summary>Properties that must hold for any releases, checked on generated ones.</summary>
public class MergePropertyTests
{
    private static readonly Merger Merger = new();

    [Fact]
    public void Compile_IsDeterministic() =>
        ReleaseGen.Releases.Sample(texts =>
        {
            var first = Merger.Compile(ReleaseGen.Parse(texts)).Release.ToJsonString();
            var second = Merger.Compile(ReleaseGen.Parse(texts)).Release.ToJsonString();
            Assert.Equal(first, second);
        }, iter: 300);

    [Fact]
    public void Versioned_IsDeterministic() =>
        ReleaseGen.Releases.Sample(texts =>
        {
            var first = Merger.Versioned(ReleaseGen.Parse(texts)).Release.ToJsonString();
            var second = Merger.Versioned(ReleaseGen.Parse(texts)).Release.ToJsonString();
            Assert.Equal(first, second);
        }, iter: 300);

    [Fact]
    public void Merging_NeverChangesTheInput() =>
        ReleaseGen.Releases.Sample(texts =>
        {
            var releases = ReleaseGen.Parse(texts);
            var before = releases.Select(r => r.ToJsonString()).ToList();
            Merger.Compile(releases);
            Merger.Versioned(releases);
            Assert.Equal(before, releases.Select(r => r.ToJsonString()));
        }, iter: 300);

    [Fact]
    public void Compile_MergingAReleaseIntoItsOwnCompiledRelease_ChangesNothing() =>
        ReleaseGen.Release.Sample(text =>
        {
            var release = JsonNode.Parse(text)!;
            var compiled = Merger.Compile([release]).Release;
            var builder = new CompiledReleaseBuilder(compiled: compiled);
            builder.Add(release);
            WorkedExampleTests.AssertJsonEqual(compiled, builder.Build().Release);
        }, iter: 300);

    [Fact]
    public void Compile_MergingTheLatestReleaseAgain_ChangesNothing() =>
        ReleaseGen.Releases.Sample(texts =>
        {
            var releases = ReleaseGen.Parse(texts);
            var compiled = Merger.Compile(releases).Release;
            var builder = new CompiledReleaseBuilder(compiled: compiled);
            builder.Add(InDateOrder(releases)[^1]);
            WorkedExampleTests.AssertJsonEqual(compiled, builder.Build().Release);
        }, iter: 300);

    [Fact]
    public void Builders_AddingOneByOneInDateOrder_EqualMergingAllAtOnce() =>
        ReleaseGen.Releases.Sample(texts =>
        {
            var releases = ReleaseGen.Parse(texts);
            var compiled = new CompiledReleaseBuilder();
            var versioned = new VersionedReleaseBuilder();
            foreach (var release in InDateOrder(releases))
            {
                compiled.Add(release);
                versioned.Add(release);
            }

            WorkedExampleTests.AssertJsonEqual(Merger.Compile(releases).Release, compiled.Build().Release);
            WorkedExampleTests.AssertJsonEqual(Merger.Versioned(releases).Release, versioned.Build().Release);
        }, iter: 300);

    private static List<JsonNode> InDateOrder(List<JsonNode> releases) => releases
        .OrderBy(r => DateTimeOffset.Parse((string)r["date"]!, CultureInfo.InvariantCulture).UtcTicks)
        .ToList();
}
