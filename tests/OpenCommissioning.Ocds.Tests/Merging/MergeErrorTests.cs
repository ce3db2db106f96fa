using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Merging;
using static OpenCommissioning.Ocds.Tests.Merging.Releases;

namespace OpenCommissioning.Ocds.Tests.Merging;

public class MergeErrorTests
{
    private readonly Merger merger = new();

    [Fact]
    public void Compile_WhenDateMissing_ThrowsWithPath()
    {
        var release = Release("2020-01-01T00:00:00Z");
        release.Remove("date");

        var error = Assert.Throws<MissingReleaseDateException>(() => merger.Compile([Release("2020-01-01T00:00:00Z"), release]));

        Assert.Equal("date", error.Path);
        Assert.Null(error.Value);
        Assert.Equal(1, error.ReleaseIndex);
        Assert.Contains("position 2", error.Message);
    }

    [Fact]
    public void Compile_WhenDateNull_ThrowsWithPathAndValue()
    {
        var release = Release("2020-01-01T00:00:00Z");
        release["date"] = null;

        var error = Assert.Throws<InvalidReleaseDateException>(() => merger.Compile([release]));

        Assert.Equal("date", error.Path);
        Assert.Equal("null", error.Value);
        Assert.Contains("is null", error.Message);
    }

    [Fact]
    public void Compile_WhenDateNotString_ThrowsWithPathAndValue()
    {
        var release = Release("2020-01-01T00:00:00Z");
        release["date"] = 20200101;

        var error = Assert.Throws<InvalidReleaseDateException>(() => merger.Compile([release]));

        Assert.Equal("20200101", error.Value);
        Assert.Contains("not a string", error.Message);
    }

    [Fact]
    public void Compile_WhenDateNotADate_ThrowsWithPathAndValue()
    {
        var error = Assert.Throws<InvalidReleaseDateException>(() => merger.Compile([Release("next Tuesday")]));

        Assert.Equal("\"next Tuesday\"", error.Value);
        Assert.Contains("not a date and time", error.Message);
    }

    [Fact]
    public void Compile_WhenReleaseNotObject_ThrowsWithValue()
    {
        var error = Assert.Throws<ReleaseNotObjectException>(() => merger.Compile([Json("[1,2]")]));

        Assert.Equal("", error.Path);
        Assert.Equal("[1,2]", error.Value);
        Assert.Equal(0, error.ReleaseIndex);
    }

    [Fact]
    public void Compile_WhenValueBecomesObject_ThrowsWithPath()
    {
        var error = Assert.Throws<InconsistentTypeException>(() => merger.Compile([
            Release("2020-01-01T00:00:00Z", """{"tender":{"value":5}}"""),
            Release("2020-02-01T00:00:00Z", """{"tender":{"value":{"amount":5}}}"""),
        ]));

        Assert.Equal("tender/value", error.Path);
        Assert.Equal("""{"amount":5}""", error.Value);
        Assert.Contains("an object", error.Message);
    }

    [Fact]
    public void Compile_WhenObjectBecomesValue_ThrowsWithPath()
    {
        var error = Assert.Throws<InconsistentTypeException>(() => merger.Compile([
            Release("2020-01-01T00:00:00Z", """{"awards":[{"id":"1","value":{"amount":5}}]}"""),
            Release("2020-02-01T00:00:00Z", """{"awards":[{"id":"1","value":"five"}]}"""),
        ]));

        Assert.Equal("awards/0/value", error.Path);
        Assert.Equal("\"five\"", error.Value);
    }

    [Fact]
    public void Compile_WhenMergedArrayBecomesValue_ThrowsWithPath()
    {
        var error = Assert.Throws<InconsistentTypeException>(() => merger.Compile([
            Release("2020-01-01T00:00:00Z", """{"awards":[{"id":"1"}]}"""),
            Release("2020-02-01T00:00:00Z", """{"awards":"none"}"""),
        ]));

        Assert.Equal("awards", error.Path);
    }

    [Fact]
    public void Compile_WhenValueBecomesMergedArray_ThrowsWithPath()
    {
        var error = Assert.Throws<InconsistentTypeException>(() => merger.Compile([
            Release("2020-01-01T00:00:00Z", """{"awards":"none"}"""),
            Release("2020-02-01T00:00:00Z", """{"awards":[{"id":"1"}]}"""),
        ]));

        Assert.Equal("awards", error.Path);
        Assert.Contains("a list", error.Message);
    }

    [Fact]
    public void Versioned_WhenValueBecomesObject_ThrowsWithPath()
    {
        var error = Assert.Throws<InconsistentTypeException>(() => merger.Versioned([
            Release("2020-01-01T00:00:00Z", """{"tender":{"value":5}}"""),
            Release("2020-02-01T00:00:00Z", """{"tender":{"value":{"amount":5}}}"""),
        ]));

        Assert.Equal("tender/value", error.Path);
    }

    [Fact]
    public void Versioned_WhenMergedArrayBecomesValue_ThrowsWithPath()
    {
        var error = Assert.Throws<InconsistentTypeException>(() => merger.Versioned([
            Release("2020-01-01T00:00:00Z", """{"awards":[{"id":"1"}]}"""),
            Release("2020-02-01T00:00:00Z", """{"awards":"none"}"""),
        ]));

        Assert.Equal("awards", error.Path);
    }

    [Fact]
    public void Versioned_WhenDateMissing_Throws()
    {
        var release = Release("2020-01-01T00:00:00Z");
        release.Remove("date");

        Assert.Throws<MissingReleaseDateException>(() => merger.Versioned([release]));
    }

    [Fact]
    public void AllMergeErrors_AreOcdsMergeExceptions()
    {
        OcdsMergeException error = Assert.ThrowsAny<OcdsMergeException>(() => merger.Compile([JsonValue.Create(3)!]));

        Assert.IsType<ReleaseNotObjectException>(error);
    }
}
