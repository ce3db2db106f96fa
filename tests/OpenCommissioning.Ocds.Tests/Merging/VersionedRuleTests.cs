using OpenCommissioning.Ocds.Merging;
using static OpenCommissioning.Ocds.Tests.Merging.Releases;

namespace OpenCommissioning.Ocds.Tests.Merging;

public class VersionedRuleTests
{
    private readonly Merger merger = new();

    [Fact]
    public void Versioned_AddsAValueOnlyWhenItChanges()
    {
        var result = merger.Versioned([
            Release("2020-01-01T00:00:00Z", """{"tender":{"title":"A"}}""", id: "r1"),
            Release("2020-02-01T00:00:00Z", """{"tender":{"title":"A"}}""", id: "r2"),
            Release("2020-03-01T00:00:00Z", """{"tender":{"title":"B"}}""", id: "r3"),
        ]);

        AssertJsonEqual("""
            [{"releaseID":"r1","releaseDate":"2020-01-01T00:00:00Z","releaseTag":["tender"],"value":"A"},
             {"releaseID":"r3","releaseDate":"2020-03-01T00:00:00Z","releaseTag":["tender"],"value":"B"}]
            """, result.Release["tender"]!["title"]);
    }

    [Fact]
    public void Versioned_WhenFieldIsNull_RecordsTheNull()
    {
        var result = merger.Versioned([
            Release("2020-01-01T00:00:00Z", """{"tender":{"title":"A"}}""", id: "r1"),
            Release("2020-02-01T00:00:00Z", """{"tender":{"title":null}}""", id: "r2"),
        ]);

        var versions = result.Release["tender"]!["title"]!.AsArray();
        Assert.Equal(2, versions.Count);
        Assert.True(versions[1]!.AsObject().ContainsKey("value"));
        Assert.Null(versions[1]!["value"]);
    }

    [Fact]
    public void Versioned_WhenObjectIsNull_RecordsNullForEachValueBeneathIt()
    {
        var result = merger.Versioned([
            Release("2020-01-01T00:00:00Z", """{"tender":{"value":{"amount":1,"currency":"GBP"}}}""", id: "r1"),
            Release("2020-02-01T00:00:00Z", """{"tender":{"value":null}}""", id: "r2"),
        ]);

        var value = result.Release["tender"]!["value"]!;
        Assert.Null(value["amount"]![1]!["value"]);
        Assert.Equal("r2", (string?)value["currency"]![1]!["releaseID"]);
    }

    [Fact]
    public void Versioned_KeepsIdsInArraysPlainAndVersionsOtherIds()
    {
        var result = merger.Versioned([
            Release("2020-01-01T00:00:00Z", """{"tender":{"id":"t1"},"awards":[{"id":"a1","title":"A"}]}""", id: "r1"),
        ]);

        Assert.Equal("a1", (string?)result.Release["awards"]![0]!["id"]);
        Assert.Equal("t1", (string?)result.Release["tender"]!["id"]![0]!["value"]);
    }

    [Fact]
    public void Versioned_KeepsOcidPlainAndDropsReleaseMetadata()
    {
        var result = merger.Versioned([Release("2020-01-01T00:00:00Z", """{"language":"en"}""")]);

        Assert.Equal(Ocid, (string?)result.Release["ocid"]);
        Assert.Equal(["language", "ocid"], result.Release.Select(p => p.Key).Order());
    }

    [Fact]
    public void Versioned_MergesArrayObjectsByIdAndVersionsTheirFields()
    {
        var result = merger.Versioned([
            Release("2020-01-01T00:00:00Z", """{"awards":[{"id":"1","status":"pending"}]}""", id: "r1"),
            Release("2020-02-01T00:00:00Z", """{"awards":[{"id":"1","status":"active"}]}""", id: "r2"),
        ]);

        var award = Assert.Single(result.Release["awards"]!.AsArray())!;
        Assert.Equal(["pending", "active"], award["status"]!.AsArray().Select(v => (string?)v!["value"]));
    }

    [Fact]
    public void Versioned_WhenWholeListArrayIsEmpty_RecordsTheEmptyList()
    {
        var result = merger.Versioned([
            Release("2020-01-01T00:00:00Z", """{"tender":{"submissionMethod":["written"]}}"""),
            Release("2020-02-01T00:00:00Z", """{"tender":{"submissionMethod":[]},"awards":[],"planning":{}}"""),
        ]);

        AssertJsonEqual("[]", result.Release["tender"]!["submissionMethod"]![1]!["value"]);
        Assert.False(result.Release.ContainsKey("awards"));
        Assert.False(result.Release.ContainsKey("planning"));
    }

    [Fact]
    public void Versioned_WhenOneArrayRepeatsAnId_WarnsAndRecordsOnlyTheLastValue()
    {
        var result = merger.Versioned([
            Release("2020-01-01T00:00:00Z", """{"awards":[{"id":"1","title":"First"},{"id":"1","title":"Last"}]}"""),
        ]);

        var award = Assert.Single(result.Release["awards"]!.AsArray())!;
        var version = Assert.Single(award["title"]!.AsArray())!;
        Assert.Equal("Last", (string?)version["value"]);
        Assert.Equal("awards", Assert.Single(result.Warnings).Path);
    }

    [Fact]
    public void Versioned_WhenNullFieldLaterBecomesObject_KeepsTheObject()
    {
        var result = merger.Versioned([
            Release("2020-01-01T00:00:00Z", """{"tender":null}""", id: "r1"),
            Release("2020-02-01T00:00:00Z", """{"tender":{"title":"A"}}""", id: "r2"),
        ]);

        Assert.Equal("A", (string?)result.Release["tender"]!["title"]![0]!["value"]);
    }

    [Fact]
    public void Versioned_WhenValueLaterBecomesNullThenObject_Throws()
    {
        Assert.Throws<InconsistentTypeException>(() => merger.Versioned([
            Release("2020-01-01T00:00:00Z", """{"tender":"none"}""", id: "r1"),
            Release("2020-02-01T00:00:00Z", """{"tender":null}""", id: "r2"),
            Release("2020-03-01T00:00:00Z", """{"tender":{"title":"A"}}""", id: "r3"),
        ]));
    }
}
