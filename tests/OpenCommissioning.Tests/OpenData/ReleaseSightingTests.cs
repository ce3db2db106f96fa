using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Opportunities;
using TestNotices = OpenCommissioning.Tests.Opportunities.Notices;

namespace OpenCommissioning.Tests.OpenData;

public class ReleaseSightingTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private Task<ReleaseAddResult> OfferAsync(JsonObject release, string source, string? url = null) => service.WithScopeAsync(async s =>
    {
        var result = await s.GetRequiredService<ReleaseStore>().AddAsync(JsonNode.Parse(release.ToJsonString())!.AsObject(),
            null, source, "Cabinet Office", url);
        await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return result;
    });

    private Task<List<ReleaseSighting>> SightingsAsync(string ocid) => service.WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().Set<ReleaseSighting>().AsNoTracking().Where(x => x.Ocid == ocid).OrderBy(x => x.Id).ToListAsync());

    [Fact]
    public async Task Add_TheSameReleaseFromTwoSources_StoresItOnceAndRecordsBothSources()
    {
        var release = TestNotices.Tender(TestNotices.NewOcid(), "Carers' breaks in Wakefield");
        var ocid = (string)release["ocid"]!;

        var first = await OfferAsync(release, "Contracts Finder", "https://www.contractsfinder.service.gov.uk/Notice/abc");
        var second = await OfferAsync(release, "Find a Tender", "https://www.find-tender.service.gov.uk/Notice/000123-2025");

        Assert.Equal(ReleaseOutcome.Added, first.Outcome);
        Assert.Equal(ReleaseOutcome.AlreadyStored, second.Outcome);
        Assert.Equal(1, await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<StoredRelease>().CountAsync(r => r.Ocid == ocid)));
        var sightings = await SightingsAsync(ocid);
        Assert.Equal(["Contracts Finder", "Find a Tender"], sightings.Select(x => x.Source));
        Assert.Equal("https://www.find-tender.service.gov.uk/Notice/000123-2025", sightings[1].Url);
        Assert.All(sightings, x => Assert.Equal((string)release["id"]!, x.ReleaseId));
    }

    [Fact]
    public async Task Add_TheSameReleaseFromTheSameSourceAgain_RecordsOneSighting()
    {
        var release = TestNotices.Tender(TestNotices.NewOcid(), "Youth work in Bradford");
        var ocid = (string)release["ocid"]!;

        await OfferAsync(release, "Contracts Finder");
        await OfferAsync(release, "Contracts Finder");
        await OfferAsync(release, "Contracts Finder");

        Assert.Single(await SightingsAsync(ocid));
    }

    [Fact]
    public async Task Add_WithNoUrlGiven_TakesTheNoticeAddressFromTheRelease()
    {
        var release = TestNotices.Tender(TestNotices.NewOcid(), "Advocacy in York", change: r => r["tender"]!["documents"] = new JsonArray(
            new JsonObject { ["id"] = "n", ["documentType"] = "tenderNotice", ["url"] = "https://www.contractsfinder.service.gov.uk/Notice/xyz" }));

        await OfferAsync(release, "Contracts Finder");

        Assert.Equal("https://www.contractsfinder.service.gov.uk/Notice/xyz", Assert.Single(await SightingsAsync((string)release["ocid"]!)).Url);
    }

    [Fact]
    public async Task Add_OurOwnRelease_RecordsNoSighting()
    {
        var release = TestNotices.Tender(TestNotices.NewOcid(), "Published here");

        await service.PublishAsync(release);

        Assert.Empty(await SightingsAsync((string)release["ocid"]!));
    }

    [Fact]
    public async Task NoticePage_AfterASecondSourceOffersTheRelease_ListsAndLinksBothSources()
    {
        var release = TestNotices.Tender(TestNotices.NewOcid(), "Day opportunities in Hull");
        await OfferAsync(release, "Contracts Finder", "https://www.contractsfinder.service.gov.uk/Notice/one");
        await service.RunJobsAsync();
        await OfferAsync(release, "Find a Tender", "https://www.find-tender.service.gov.uk/Notice/two");
        await service.RunJobsAsync();

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/notices/" + release["ocid"]);

        var links = page.Document.QuerySelectorAll("#source a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Contracts Finder", "https://www.contractsfinder.service.gov.uk/Notice/one"),
            ("Find a Tender", "https://www.find-tender.service.gov.uk/Notice/two")], links);
    }
}
