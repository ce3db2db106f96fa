using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Tests.Opportunities;

public class ReferenceDataTests
{
    [Theory]
    [InlineData("85000000", "85")]
    [InlineData("80000000", "80")]
    [InlineData("85310000", "8531")]
    [InlineData("85311000", "85311")]
    public void CpvPrefix_KeepsTheDigitsOfItsLevel(string code, string prefix) => Assert.Equal(prefix, CpvCodes.PrefixOf(code));

    [Fact]
    public void CpvCodes_LoadEveryCodeWithItsLabel()
    {
        Assert.Equal(9454, CpvCodes.All.Count());
        Assert.Equal("Social work services", CpvCodes.Find("85310000-5")!.Label);
        Assert.Null(CpvCodes.Find("8531"));
    }

    [Fact]
    public void Regions_ResolveNamesAndCodesWithTheirAncestors()
    {
        Assert.Equal(["UKI31", "UKI3", "UKI", "ENG", "UK"], UkRegions.SelfAndAncestors("UKI31"));
        Assert.Equal("UKE", UkRegions.Find("Yorkshire and the Humber")!.Code);
        Assert.Equal(["UKM", "SCT", "UK"], UkRegions.SelfAndAncestors(UkRegions.Find("Scotland")!.Code));
        Assert.Equal(13, UkRegions.Main.Count);
    }

    [Theory]
    [InlineData("support families", "\"support\" AND \"families\"")]
    [InlineData("\"mental health\" advocacy", "\"mental health\" AND \"advocacy\"")]
    [InlineData("care or support", "(\"care\" OR \"support\")")]
    [InlineData("NEAR(a b) \"", "\"NEAR\" AND \"a\" AND \"b\"")]
    public void Fts5Query_QuotesEveryTermSoTypingCannotBreakIt(string typed, string expected) =>
        Assert.Equal(expected, Fts5Query.From(typed));
}
