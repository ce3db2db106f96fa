using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Grants;
using OpenCommissioning.OpenData;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Grants;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities;

public class GrantSearchTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    /// <summary>Imports grants as the harvester does: read from a 360Giving file, each stored with its source.</summary>
    private async Task<List<string>> ImportAsync(params JsonObject[] grants)
    {
        var ocids = new List<string>();
        await service.WithScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ReleaseStore>();
            await foreach (var grant in GrantReleases.ReadAsync(GrantFiles.File(grants)))
            {
                var result = await store.AddAsync(grant.Release!, GrantExtensions.Urls, "Example Community Fund (360Giving)", "Example Community Fund");
                Assert.Equal(ReleaseOutcome.Added, result.Outcome);
                ocids.Add((string)grant.Release!["ocid"]!);
            }
            await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        await service.RunJobsAsync();
        return ocids;
    }

    private static JsonObject Grant(string word)
    {
        var grant = GrantFiles.Grant($"360G-examplefund-{Guid.NewGuid():N}");
        grant["title"] = $"Befriending {word}";
        return grant;
    }

    private Task<IReadOnlyList<string>> FindAsync(OpportunityQuery query) =>
        service.WithScopeAsync(s => s.GetRequiredService<OpportunitySearch>().MatchingOcidsAsync(query, 100));

    [Fact]
    public async Task Projection_OfAGrant_HasKindRecipientFunderProgrammeAndAmount()
    {
        var ocid = (await ImportAsync(Grant("kestrel")))[0];

        var row = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Opportunity>().FindAsync(ocid).AsTask());

        Assert.Equal(OpportunityKind.Grant, row!.Kind);
        Assert.Equal("Hull Friends of the Elderly", row.GrantRecipient);
        Assert.Equal("Example Community Fund", row.GrantFunder);
        Assert.Equal("Stronger Communities 2024", row.GrantProgramme);
        Assert.Equal(15000m, row.ValueAmount);
        Assert.Equal(NoticeType.Award, row.NoticeType);
    }

    [Fact]
    public async Task Search_WithTheGrantsFilter_FindsGrantsOrContractsOrBoth()
    {
        var word = "ptarmigan" + Guid.NewGuid().ToString("N")[..6];
        var grant = (await ImportAsync(Grant(word)))[0];
        var contract = Notices.NewOcid();
        await service.PublishAsync(Notices.Tender(contract, $"Befriending {word}"));

        var grantsOnly = await FindAsync(new OpportunityQuery { Keywords = word, Kind = OpportunityKind.Grant });
        var contractsOnly = await FindAsync(new OpportunityQuery { Keywords = word, Kind = OpportunityKind.Contract });
        var both = await FindAsync(new OpportunityQuery { Keywords = word });

        Assert.Equal([grant], grantsOnly);
        Assert.Equal([contract], contractsOnly);
        Assert.Equal(2, both.Count);
    }

    [Theory]
    [InlineData("?kind=grants", OpportunityKind.Grant)]
    [InlineData("?kind=contracts", OpportunityKind.Contract)]
    [InlineData("", null)]
    public void QueryString_KindRoundTrips(string queryString, OpportunityKind? expected)
    {
        var parsed = OpportunityQueryString.Parse(queryString);

        Assert.Equal(expected, parsed.Query.Kind);
        Assert.Equal(queryString, OpportunityQueryString.Format(parsed.Query));
    }

    [Fact]
    public void QueryString_UnknownKind_IsAPlainError()
    {
        var parsed = OpportunityQueryString.Parse("?kind=loans");

        Assert.Equal(new QueryError("kind", "Select contracts, grants or both"), Assert.Single(parsed.Errors));
        Assert.Null(parsed.Query.Kind);
    }

    [Fact]
    public void FilterTag_ForGrantsOnly_SaysSoAndRemovesIt()
    {
        var tag = Assert.Single(FilterTag.For(new OpportunityQuery { Kind = OpportunityKind.Grant }));

        Assert.Equal(("Contracts or grants", "Grants only"), (tag.Category, tag.Text));
        Assert.DoesNotContain("kind", tag.RemoveUrl);
    }

    [Fact]
    public async Task SearchPage_AndCsv_ShowGrantsInPlainWords()
    {
        var word = "merlin" + Guid.NewGuid().ToString("N")[..6];
        await ImportAsync(Grant(word));
        var browser = service.CreateBrowser();

        var page = await HtmlPage.GetAsync(browser, $"/search?q={word}&kind=grants");
        var csv = await browser.GetStringAsync($"/search.csv?q={word}&kind=grants");

        Assert.Contains("Grant from Example Community Fund to Hull Friends of the Elderly", page.Text);
        Assert.Contains("Contracts or grants: Grants only", page.Text);
        Assert.EndsWith("kind,grant_recipient,grant_funder,grant_programme", csv.Split('\n')[0].TrimEnd());
        Assert.EndsWith("grant,Hull Friends of the Elderly,Example Community Fund,Stronger Communities 2024", csv.Split('\n')[1].TrimEnd());
    }

    [Fact]
    public async Task NoticePage_ForAGrant_ShowsRecipientFunderAmountProgrammeAndDates()
    {
        var ocid = (await ImportAsync(Grant("osprey")))[0];

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/notices/" + ocid);

        Assert.Equal("Grant awarded to Hull Friends of the Elderly by Example Community Fund",
            page.Document.GetElementById("grant-lede")!.TextContent.Trim());
        var summary = page.Document.GetElementById("grant-summary")!.TextContent;
        Assert.Contains("£15,000", summary);
        Assert.Contains("Stronger Communities 2024", summary);
        Assert.Contains("15 March 2024", summary);
        Assert.Contains("1 April 2024 to 31 March 2026", summary);
        Assert.Equal("Example Community Fund (360Giving)", page.Document.QuerySelector("#source a")!.TextContent);
    }
}
