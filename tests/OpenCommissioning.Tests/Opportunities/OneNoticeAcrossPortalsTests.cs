using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.OpenData;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities;

public class OneNoticeAcrossPortalsTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private const string ContractsFinder = "Contracts Finder";
    private const string FindATender = "Find a Tender";
    private static readonly string Deadline = DateTimeOffset.UtcNow.AddDays(40).ToString("yyyy-MM-ddT12:00:00Z");

    /// <summary>A tender on a portal, its title carrying a word unique to the test so searches see only its notices.</summary>
    private static JsonObject Tender(string title, string buyerId = "GB-LAE-LDS", string? deadline = null, Action<JsonObject>? change = null) =>
        Notices.Tender(Notices.NewOcid(), title, change: r =>
        {
            r["buyer"]!["id"] = buyerId;
            r["parties"]![0]!["id"] = buyerId;
            r["tender"]!["tenderPeriod"]!["endDate"] = deadline ?? Deadline;
            change?.Invoke(r);
        });

    private async Task OfferAsync(params (JsonObject Release, string Source, string Url)[] offers)
    {
        foreach (var (release, source, url) in offers)
        {
            await service.WithScopeAsync(async s =>
            {
                Assert.NotEqual(ReleaseOutcome.Invalid, (await s.GetRequiredService<ReleaseStore>().AddAsync(release, null, source, source, url)).Outcome);
                await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
            });
            await service.RunJobsAsync();
        }
    }

    private Task<IReadOnlyList<string>> FindAsync(string word) =>
        service.WithScopeAsync(s => s.GetRequiredService<OpportunitySearch>().MatchingOcidsAsync(new OpportunityQuery { Keywords = word }, 100));

    private Task<Opportunity?> RowAsync(JsonObject release) =>
        service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Opportunity>().FindAsync((string)release["ocid"]!).AsTask());

    private static string Word() => "heron" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Search_ACfAndFtsPairMatchedByTheRule_GivesOneResultListingBothSources()
    {
        var word = Word();
        var onCf = Tender($"Supported living {word} – Lot 1");
        var onFts = Tender($"SUPPORTED LIVING {word} - LOT 1");
        await OfferAsync((onCf, ContractsFinder, "https://www.contractsfinder.service.gov.uk/Notice/cf-1"),
            (onFts, FindATender, "https://www.find-tender.service.gov.uk/Notice/000001-2026"));

        var found = await FindAsync(word);
        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/search?q=" + word);

        Assert.Equal([(string)onCf["ocid"]!], found);
        var duplicate = await RowAsync(onFts);
        Assert.Equal((string)onCf["ocid"]!, duplicate!.DuplicateOf);
        Assert.Equal("Same buyer identifier, title and tender deadline.", duplicate.DuplicateReason);
        var links = page.Document.QuerySelectorAll(".app-result-sources a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["https://www.contractsfinder.service.gov.uk/Notice/cf-1", "https://www.find-tender.service.gov.uk/Notice/000001-2026"], links);
    }

    [Fact]
    public async Task NoticePage_OfTheCanonicalNotice_SaysAlsoPublishedOnWithALinkToTheOriginal()
    {
        var word = Word();
        var onCf = Tender($"Home care {word}");
        var onFts = Tender($"Home care {word}");
        await OfferAsync((onCf, ContractsFinder, "https://www.contractsfinder.service.gov.uk/Notice/cf-2"),
            (onFts, FindATender, "https://www.find-tender.service.gov.uk/Notice/000002-2026"));

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/notices/" + onCf["ocid"]);

        var also = page.Document.GetElementById("also-published-on")!;
        Assert.Contains("Find a Tender", also.TextContent);
        Assert.Contains(also.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://www.find-tender.service.gov.uk/Notice/000002-2026");
        Assert.Contains(also.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/notices/" + onFts["ocid"]);
    }

    [Fact]
    public async Task Search_AReleaseNamingTheOthersOcid_IsLinkedByIdentifierEvenWithADifferentTitle()
    {
        var word = Word();
        var onCf = Tender($"Respite care {word}");
        var onFts = Tender($"Short breaks service {word}", buyerId: "GB-GOR-D1198", change: r =>
            r["relatedProcesses"] = new JsonArray(new JsonObject
            {
                ["id"] = "1", ["relationship"] = new JsonArray("planning"), ["scheme"] = "ocid", ["identifier"] = (string)onCf["ocid"]!,
            }));
        await OfferAsync((onCf, ContractsFinder, "https://www.contractsfinder.service.gov.uk/Notice/cf-3"),
            (onFts, FindATender, "https://www.find-tender.service.gov.uk/Notice/000003-2026"));

        var found = await FindAsync(word);

        Assert.Equal([(string)onCf["ocid"]!], found);
        Assert.StartsWith("This notice names the other", (await RowAsync(onFts))!.DuplicateReason);
    }

    [Fact]
    public async Task Search_ANearMissWithADifferentBuyer_GivesTwoResults()
    {
        var word = Word();
        await OfferAsync((Tender($"Advocacy {word}"), ContractsFinder, "https://www.contractsfinder.service.gov.uk/Notice/cf-4"),
            (Tender($"Advocacy {word}", buyerId: "GB-LAE-BRD"), FindATender, "https://www.find-tender.service.gov.uk/Notice/000004-2026"));

        Assert.Equal(2, (await FindAsync(word)).Count);
    }

    [Fact]
    public async Task Search_ANearMissWithADifferentDeadline_GivesTwoResults()
    {
        var word = Word();
        var later = DateTimeOffset.UtcNow.AddDays(60).ToString("yyyy-MM-ddT12:00:00Z");
        await OfferAsync((Tender($"Carers support {word}"), ContractsFinder, "https://www.contractsfinder.service.gov.uk/Notice/cf-5"),
            (Tender($"Carers support {word}", deadline: later), FindATender, "https://www.find-tender.service.gov.uk/Notice/000005-2026"));

        Assert.Equal(2, (await FindAsync(word)).Count);
    }

    [Fact]
    public async Task Search_TwoNoticesOnTheSamePortal_AreNeverMergedByTheRule()
    {
        var word = Word();
        await OfferAsync((Tender($"Meals {word}"), ContractsFinder, "https://www.contractsfinder.service.gov.uk/Notice/cf-6"),
            (Tender($"Meals {word}"), ContractsFinder, "https://www.contractsfinder.service.gov.uk/Notice/cf-7"));

        Assert.Equal(2, (await FindAsync(word)).Count);
    }
}
