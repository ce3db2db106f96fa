using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Ocds.Tests.Validation;

public class ExtensionResolverTests
{
    [Theory]
    [InlineData("https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json",
        "ocds_lots_extension_master,ocds_lots_extension")]
    [InlineData("https://raw.githubusercontent.com/Crown-Commercial-Service/ocds_uk_extension/v1.0.0/extension.json",
        "ocds_uk_extension_v1.0.0,ocds_uk_extension")]
    [InlineData("https://github.com/open-contracting-extensions/ocds_bid_extension/blob/master/extension.json",
        "ocds_bid_extension_master,ocds_bid_extension")]
    [InlineData("https://standard.open-contracting.org/profiles/eu/master/en/extension.json", "")]
    [InlineData("not a url", "")]
    public void CandidateNames_FromUrl_AreRepositoryWithBranchThenRepository(string url, string expected)
    {
        var names = string.Join(",", ExtensionResolver.CandidateNames(url));

        Assert.Equal(expected, names);
    }

    [Fact]
    public void Resolve_WhenBranchCopyExists_PrefersIt()
    {
        var resolver = new ExtensionResolver(folder: null);

        var extension = resolver.Resolve(
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/master/extension.json");

        Assert.Equal("ocds_bid_extension_master", extension!.Name);
        Assert.Contains("statistic.csv", extension.Codelists.Keys);
    }

    [Fact]
    public void Resolve_WhenOnlyRepositoryCopyExists_UsesIt()
    {
        var extension = new ExtensionResolver(folder: null).Resolve(
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json");

        Assert.Equal("ocds_bid_extension", extension!.Name);
    }
}
