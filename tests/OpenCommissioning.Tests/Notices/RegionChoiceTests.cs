using CsCheck;
using OpenCommissioning.Notices;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Reading the ticked delivery regions: sub-regions, a region that covers its own, and codes not offered.</summary>
public sealed class RegionChoiceTests
{
    private static readonly IReadOnlyList<string> Offered =
        RegionChoice.Groups.SelectMany(g => g.SubRegions.Prepend(g.Region)).Select(r => r.Code).ToList();

    [Fact]
    public void Groups_ListEveryNuts2RegionOnceUnderItsRegion()
    {
        var nuts2 = UkRegions.All.Where(r => r.Depth == 3 && r.Code != "UKN0").Select(r => r.Code).Order().ToList();

        var listed = RegionChoice.Groups.SelectMany(g => g.SubRegions).Select(r => r.Code).ToList();

        Assert.Equal(nuts2, listed.Order());
        Assert.Equal(40, listed.Distinct().Count());
        var yorkshire = Assert.Single(RegionChoice.Groups, g => g.Region.Code == "UKE");
        Assert.Contains(yorkshire.SubRegions, r => r.Code == "UKE4" && r.Name == "West Yorkshire");
        Assert.Contains(Assert.Single(RegionChoice.Groups, g => g.Region.Code == "SCT").SubRegions, r => r.Code == "UKM8");
    }

    [Fact]
    public void Read_WhenSubRegionTicked_KeepsItsCode()
    {
        var (codes, error) = RegionChoice.Read(["UKE4"]);

        Assert.Null(error);
        Assert.Equal(["UKE4"], codes);
    }

    [Fact]
    public void Read_WhenRegionAndItsOwnSubRegionTicked_KeepsOnlyTheRegion()
    {
        var (codes, error) = RegionChoice.Read(["UKE4", "UKE", "UKC1", "UKM8", "SCT"]);

        Assert.Null(error);
        Assert.Equal(["UKC1", "UKE", "SCT"], codes);
    }

    [Theory]
    [InlineData("UKZ9", "'UKZ9' is not one of the listed regions. Select regions from the list")]
    [InlineData("UKE42", "'UKE42' is not one of the listed regions. Select regions from the list")]
    [InlineData("<b>aaaaaaaaaaaaaaaaaaaaaaaa", "'<b>aaaaaaaaaaaaaaaaa…' is not one of the listed regions. Select regions from the list")]
    public void Read_WhenCodeNotOffered_SaysWhichCode(string code, string message)
    {
        var (codes, error) = RegionChoice.Read(["UKE", code]);

        Assert.Equal(message, error);
        Assert.Empty(codes);
    }

    [Fact]
    public void Read_WhenOnlyNationwideTicked_KeepsNoRegion()
    {
        var (codes, error) = RegionChoice.Read(["UK"]);

        Assert.Null(error);
        Assert.Empty(codes);
    }

    [Fact]
    public void Read_AnyTickedSet_KeepsCodesThatCoverEveryTickedOneAndNoneTwice() =>
        Gen.Int[0, Offered.Count - 1].Array[0, 12].Sample(indexes =>
        {
            var ticked = indexes.Select(i => Offered[i]).ToList();

            var (codes, error) = RegionChoice.Read(ticked);

            Assert.Null(error);
            Assert.All(ticked, t => Assert.Contains(UkRegions.SelfAndAncestors(t), codes.Contains));
            Assert.All(codes, c => Assert.DoesNotContain(UkRegions.SelfAndAncestors(c).Skip(1), codes.Contains));
            Assert.Equal(codes.Distinct().Count(), codes.Count);
        });

    [Theory]
    [InlineData("UKE4", "UKE4")]
    [InlineData("UKE", "UKE")]
    [InlineData("SCT", "UKM")]
    [InlineData("NIR", "UKN")]
    [InlineData("UK", "UK")]
    [InlineData("ENG", null)]
    public void NutsCode_IsTheRegionsOwnOrItsNationsOnlyNuts1Region(string code, string? nuts) =>
        Assert.Equal(nuts, DeliveryLocations.NutsCode(code));
}
