using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Merging;
using static OpenCommissioning.Ocds.Tests.Merging.Releases;

namespace OpenCommissioning.Ocds.Tests.Merging;

public class CompileRuleTests
{
    private readonly Merger merger = new();

    [Fact]
    public void Compile_GivesCompiledTagAndIdFromOcidAndLatestDate()
    {
        var result = merger.Compile([Release("2020-01-01T00:00:00Z"), Release("2020-02-01T00:00:00Z")]);

        AssertJsonEqual("""
            {"tag":["compiled"],"id":"ocds-213czf-1-2020-02-01T00:00:00Z","date":"2020-02-01T00:00:00Z","ocid":"ocds-213czf-1"}
            """, result.Release);
        Assert.Equal(["tag", "id", "date", "ocid"], result.Release.Select(p => p.Key));
    }

    [Fact]
    public void Compile_WhenReleasesOutOfOrder_LaterDateWins()
    {
        var later = Release("2020-02-01T00:00:00Z", """{"tender":{"title":"New"}}""");
        var earlier = Release("2020-01-01T00:00:00Z", """{"tender":{"title":"Old"}}""");

        var result = merger.Compile([later, earlier]);

        Assert.Equal("New", (string?)result.Release["tender"]!["title"]);
    }

    [Fact]
    public void Compile_WhenOffsetsDiffer_ComparesInstantsInUtc()
    {
        // 10:00 at +01:00 is 09:00 UTC, so it is earlier than 09:30Z although its text sorts later.
        var utc = Release("2020-01-01T09:30:00Z", """{"tender":{"title":"Utc"}}""");
        var plusOne = Release("2020-01-01T10:00:00+01:00", """{"tender":{"title":"PlusOne"}}""");

        var result = merger.Compile([utc, plusOne]);

        Assert.Equal("Utc", (string?)result.Release["tender"]!["title"]);
    }

    [Fact]
    public void Compile_WhenDatesEqual_LaterInInputWins()
    {
        var first = Release("2020-01-01T00:00:00Z", """{"tender":{"title":"First"}}""", id: "a");
        var second = Release("2020-01-01T01:00:00+01:00", """{"tender":{"title":"Second"}}""", id: "b");

        var result = merger.Compile([first, second]);

        Assert.Equal("Second", (string?)result.Release["tender"]!["title"]);
    }

    [Fact]
    public void Compile_WhenFieldIsNull_RemovesIt()
    {
        var result = merger.Compile([
            Release("2020-01-01T00:00:00Z", """{"tender":{"title":"T","description":"D"}}"""),
            Release("2020-02-01T00:00:00Z", """{"tender":{"description":null}}"""),
        ]);

        AssertJsonEqual("""{"title":"T"}""", result.Release["tender"]);
    }

    [Fact]
    public void Compile_WhenObjectIsEmpty_ChangesNothing()
    {
        var result = merger.Compile([
            Release("2020-01-01T00:00:00Z", """{"tender":{"title":"T"}}"""),
            Release("2020-02-01T00:00:00Z", """{"tender":{},"planning":{}}"""),
        ]);

        AssertJsonEqual("""{"title":"T"}""", result.Release["tender"]);
        Assert.False(result.Release.ContainsKey("planning"));
    }

    [Fact]
    public void Compile_WhenIdentifierMergedArrayIsEmpty_ChangesNothing()
    {
        var result = merger.Compile([
            Release("2020-01-01T00:00:00Z", """{"awards":[{"id":"1","title":"A"}]}"""),
            Release("2020-02-01T00:00:00Z", """{"awards":[]}"""),
        ]);

        AssertJsonEqual("""[{"id":"1","title":"A"}]""", result.Release["awards"]);
    }

    [Fact]
    public void Compile_WhenWholeListArrayIsEmpty_ReplacesIt()
    {
        var result = merger.Compile([
            Release("2020-01-01T00:00:00Z", """{"tender":{"submissionMethod":["written"]}}"""),
            Release("2020-02-01T00:00:00Z", """{"tender":{"submissionMethod":[]}}"""),
        ]);

        AssertJsonEqual("[]", result.Release["tender"]!["submissionMethod"]);
    }

    [Fact]
    public void Compile_WhenArrayHasWholeListMerge_ReplacesObjectsInsteadOfMatchingIds()
    {
        // parties/additionalIdentifiers is "wholeListMerge": true in the release schema.
        var result = merger.Compile([
            Release("2020-01-01T00:00:00Z", """{"parties":[{"id":"p","additionalIdentifiers":[{"id":"1","scheme":"A"}]}]}"""),
            Release("2020-02-01T00:00:00Z", """{"parties":[{"id":"p","additionalIdentifiers":[{"id":"2","scheme":"B"}]}]}"""),
        ]);

        AssertJsonEqual("""[{"id":"2","scheme":"B"}]""", result.Release["parties"]![0]!["additionalIdentifiers"]);
    }

    [Fact]
    public void Compile_WhenArrayHoldsNonObjects_TreatsItAsOneValue()
    {
        var result = merger.Compile([
            Release("2020-01-01T00:00:00Z", """{"x":[1,{"id":"a"}]}"""),
            Release("2020-02-01T00:00:00Z", """{"x":[2]}"""),
        ]);

        AssertJsonEqual("[2]", result.Release["x"]);
    }

    [Fact]
    public void Compile_WhenIdsMatch_MergesObjectsAndAppendsNewOnes()
    {
        var result = merger.Compile([
            Release("2020-01-01T00:00:00Z", """{"awards":[{"id":"1","title":"A","status":"pending"}]}"""),
            Release("2020-02-01T00:00:00Z", """{"awards":[{"id":"1","status":"active"},{"id":"2","title":"B"}]}"""),
        ]);

        AssertJsonEqual("""[{"id":"1","title":"A","status":"active"},{"id":"2","title":"B"}]""", result.Release["awards"]);
    }

    [Fact]
    public void Compile_WhenNumberAndStringIdLookAlike_KeepsThemApart()
    {
        var result = merger.Compile([
            Release("2020-01-01T00:00:00Z", """{"awards":[{"id":1,"title":"Number"}]}"""),
            Release("2020-02-01T00:00:00Z", """{"awards":[{"id":"1","title":"String"}]}"""),
        ]);

        Assert.Equal(2, result.Release["awards"]!.AsArray().Count);
    }

    [Fact]
    public void Compile_WhenObjectsInArrayHaveNoId_AppendsThem()
    {
        var result = merger.Compile([
            Release("2020-01-01T00:00:00Z", """{"awards":[{"title":"A"}]}"""),
            Release("2020-02-01T00:00:00Z", """{"awards":[{"title":"A"}]}"""),
        ]);

        AssertJsonEqual("""[{"title":"A"},{"title":"A"}]""", result.Release["awards"]);
    }

    [Fact]
    public void Compile_WhenOneArrayRepeatsAnId_WarnsWithPathAndLastWins()
    {
        var result = merger.Compile([
            Release("2020-01-01T00:00:00Z", """{"tender":{"items":[{"id":"1","description":"First","quantity":1},{"id":"1","description":"Last"}]}}"""),
        ]);

        AssertJsonEqual("""[{"id":"1","description":"Last","quantity":1}]""", result.Release["tender"]!["items"]);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("tender/items", warning.Path);
        Assert.Contains("\"1\"", warning.Message);
    }

    [Fact]
    public void Compile_OmitsFieldsMarkedOmitWhenMerged()
    {
        var schema = Json("""{"properties":{"secret":{"type":"string","omitWhenMerged":true},"kept":{"type":"string","omitWhenMerged":false}}}""");

        var result = new Merger(MergeRules.FromSchema(schema))
            .Compile([Release("2020-01-01T00:00:00Z", """{"secret":"s","kept":"k"}""")]);

        Assert.False(result.Release.ContainsKey("secret"));
        Assert.Equal("k", (string?)result.Release["kept"]);
    }

    [Fact]
    public void Compile_WithAppendOverride_AddsEveryObject()
    {
        var rules = MergeRules.Default.WithOverride("awards/items", ArrayMergeOverride.Append);

        var result = new Merger(rules).Compile([
            Release("2020-01-01T00:00:00Z", """{"awards":[{"id":"a","items":[{"id":"1","quantity":1}]}]}"""),
            Release("2020-02-01T00:00:00Z", """{"awards":[{"id":"a","items":[{"id":"1","quantity":2}]}]}"""),
        ]);

        AssertJsonEqual("""[{"id":"1","quantity":1},{"id":"1","quantity":2}]""", result.Release["awards"]![0]!["items"]);
    }

    [Fact]
    public void Compile_WithByPositionOverride_MergesObjectsAtTheSamePosition()
    {
        var rules = MergeRules.Default.WithOverride("awards", ArrayMergeOverride.ByPosition);

        var result = new Merger(rules).Compile([
            Release("2020-01-01T00:00:00Z", """{"awards":[{"id":"1","title":"A"},{"id":"2","title":"B"}]}"""),
            Release("2020-02-01T00:00:00Z", """{"awards":[{"id":"9","status":"active"}]}"""),
        ]);

        AssertJsonEqual("""[{"id":"9","title":"A","status":"active"},{"id":"2","title":"B"}]""", result.Release["awards"]);
    }

    [Fact]
    public void Compile_DoesNotChangeItsInput()
    {
        var releases = new List<JsonNode>
        {
            Release("2020-02-01T00:00:00Z", """{"awards":[{"id":"1","title":null}],"tender":{"title":"T"}}"""),
            Release("2020-01-01T00:00:00Z", """{"awards":[{"id":"1","title":"A"}],"tender":{}}"""),
        };
        var before = releases.Select(r => r.ToJsonString()).ToList();

        merger.Compile(releases);

        Assert.Equal(before, releases.Select(r => r.ToJsonString()));
    }
}
