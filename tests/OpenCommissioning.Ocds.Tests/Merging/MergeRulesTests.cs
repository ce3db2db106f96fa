using OpenCommissioning.Ocds.Merging;
using static OpenCommissioning.Ocds.Tests.Merging.Releases;

namespace OpenCommissioning.Ocds.Tests.Merging;

public class MergeRulesTests
{
    [Theory]
    [InlineData("id")]
    [InlineData("date")]
    [InlineData("tag")]
    public void Default_OmitsReleaseMetadataWhenMerged(string path) =>
        Assert.True(MergeRules.Default.IsOmittedWhenMerged(path));

    [Theory]
    [InlineData("parties/additionalIdentifiers")] // "wholeListMerge": true
    [InlineData("parties/roles")] // items of type string
    [InlineData("tender/submissionMethod")] // items of type string, behind $ref Tender
    [InlineData("awards/items/additionalClassifications")] // several $refs deep
    public void Default_ReplacesTheseArraysWhole(string path) => Assert.True(MergeRules.Default.IsWholeListMerge(path));

    [Theory]
    [InlineData("awards")]
    [InlineData("awards/suppliers")]
    [InlineData("tender/items")]
    [InlineData("contracts/implementation/transactions")]
    public void Default_MergesTheseArraysById(string path) => Assert.False(MergeRules.Default.IsWholeListMerge(path));

    private const string LocationExtension =
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_location_extension/master/extension.json";

    [Fact]
    public void ForExtensions_WithTheLocationExtension_ReplacesDeliveryAddressesWhole()
    {
        Assert.False(MergeRules.Default.IsWholeListMerge("tender/items/deliveryAddresses"));
        Assert.True(MergeRules.ForExtensions([LocationExtension]).IsWholeListMerge("tender/items/deliveryAddresses"));
    }

    [Fact]
    public void Compile_WithTheLocationExtensionsRules_KeepsEachDeliveryAddressOnce()
    {
        const string tender = """{"tender":{"id":"t","items":[{"id":"1","deliveryAddresses":[{"postalCode":"LS1 4AP"},{"postalCode":"LS2 7HY"}]}]}}""";
        var releases = new[] { Release("2026-01-01T00:00:00Z", tender, "a"), Release("2026-02-01T00:00:00Z", tender, "b") };

        var compiled = new Merger(MergeRules.ForExtensions([LocationExtension])).Compile(releases).Release;

        Assert.Equal(2, compiled["tender"]!["items"]![0]!["deliveryAddresses"]!.AsArray().Count);
    }

    [Fact]
    public void FromSchema_WhenArrayItemsHaveNoIdProperty_ReplacesArrayWhole()
    {
        var schema = Json("""
            {"properties":{"notes":{"type":"array","items":{"$ref":"#/definitions/Note"}}},
             "definitions":{"Note":{"type":"object","properties":{"text":{"type":"string"}}}}}
            """);

        Assert.True(MergeRules.FromSchema(schema).IsWholeListMerge("notes"));
    }

    [Fact]
    public void FromSchema_WhenOmitWhenMergedIsFalse_IgnoresIt()
    {
        var schema = Json("""{"properties":{"a":{"type":"string","omitWhenMerged":false}}}""");

        Assert.False(MergeRules.FromSchema(schema).IsOmittedWhenMerged("a"));
    }

    [Fact]
    public void FromSchema_WhenDefinitionRefersToItself_StopsInsteadOfRecursing()
    {
        var schema = Json("""
            {"properties":{"node":{"$ref":"#/definitions/Node"}},
             "definitions":{"Node":{"type":"object","properties":{
               "tags":{"type":"array","items":{"type":"string"}},
               "child":{"$ref":"#/definitions/Node"}}}}}
            """);

        var rules = MergeRules.FromSchema(schema);

        Assert.True(rules.IsWholeListMerge("node/tags"));
        Assert.False(rules.IsWholeListMerge("node/child/tags"));
    }

    [Fact]
    public void FromSchema_WhenSchemaIsNotAnObject_Throws() =>
        Assert.Throws<ArgumentException>(() => MergeRules.FromSchema(Json("[]")));

    [Fact]
    public void WithOverride_SetsOverrideAndLeavesOriginalUnchanged()
    {
        var original = MergeRules.Default;

        var changed = original.WithOverride("awards/items", ArrayMergeOverride.ByPosition);

        Assert.Equal(ArrayMergeOverride.ByPosition, changed.OverrideFor("awards/items"));
        Assert.Null(original.OverrideFor("awards/items"));
        Assert.Null(changed.OverrideFor("tender/items"));
    }

    [Fact]
    public void WithOverride_WhenPathHasArrayPosition_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => MergeRules.Default.WithOverride("awards/0/items", ArrayMergeOverride.Append));

        Assert.Contains("array position", error.Message);
    }

    [Fact]
    public void Compile_WithSchemaFromExtension_FollowsItsRules()
    {
        var schema = Json("""{"properties":{"lots":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string"}}},"wholeListMerge":true}}}""");

        var result = new Merger(MergeRules.FromSchema(schema)).Compile([
            Release("2020-01-01T00:00:00Z", """{"lots":[{"id":"1"}]}"""),
            Release("2020-02-01T00:00:00Z", """{"lots":[{"id":"2"}]}"""),
        ]);

        AssertJsonEqual("""[{"id":"2"}]""", result.Release["lots"]);
    }
}
