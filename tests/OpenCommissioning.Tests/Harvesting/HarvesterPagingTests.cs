using OpenCommissioning.Harvesting;
using static OpenCommissioning.Tests.Harvesting.RecordedPages;

namespace OpenCommissioning.Tests.Harvesting;

public class HarvesterPagingTests(HarvestServiceFactory service) : IClassFixture<HarvestServiceFactory>
{
    [Fact]
    public async Task Run_FollowingLinksNext_StoresEveryReleaseOnceAndStopsAtTheEmptyLastPage()
    {
        await using var portal = await ReplayServer.StartAsync();
        var releases = Fresh(9, "cursor");
        portal.On("/releases", Reply.Json(Package(releases.Take(4), next: portal.Url("/releases?cursor=2"))))
            .On("/releases?cursor=2", Reply.Json(Package(releases.Skip(4), next: portal.Url("/releases?cursor=3"))))
            .On("/releases?cursor=3", Reply.Json(Package([], next: portal.Url("/releases?cursor=4"))));
        var source = await service.AddSourceAsync("Cursor portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/releases"));

        await service.HarvestAsync(source.Id);

        var stored = await service.StoredFromAsync("Cursor portal");
        Assert.Equal(releases.Select(Ocid).Order(), stored.Select(r => r.Ocid).Order());
        Assert.All(stored, r => Assert.Equal("Cabinet Office", r.PublisherName));
        var after = await service.SourceAsync(source.Id);
        Assert.Equal(portal.Url("/releases?cursor=3"), after.NextPageUrl);
        Assert.Equal((3, 9, 0), (after.PagesRead, after.ReleasesAdded, after.ReleasesQuarantined));
        Assert.Equal(0, portal.CountRequests("/releases?cursor=4"));
        Assert.All(portal.Requests, r => Assert.StartsWith("OpenCommissioning/1.0 (+", r.UserAgent));
    }

    [Fact]
    public async Task Run_OnAPageSeenBefore_StoresNothingNew()
    {
        await using var portal = await ReplayServer.StartAsync();
        var releases = Fresh(3, "twice");
        portal.On("/releases", Reply.Json(Package(releases)));
        var source = await service.AddSourceAsync("Twice-read portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/releases"));

        await service.HarvestAsync(source.Id);
        await service.HarvestAsync(source.Id);

        Assert.Equal(3, (await service.StoredFromAsync("Twice-read portal")).Count);
        var after = await service.SourceAsync(source.Id);
        Assert.Equal((3, 3), (after.ReleasesAdded, after.ReleasesAlreadyStored));
        Assert.Equal(2, portal.CountRequests("/releases"));
    }

    [Fact]
    public async Task Run_WhenTwoSourcesCarryTheSameRelease_StoresItOnce()
    {
        await using var portal = await ReplayServer.StartAsync();
        var releases = Fresh(2, "both");
        portal.On("/contracts-finder", Reply.Json(Package(releases))).On("/find-a-tender", Reply.Json(Package(releases.Take(1))));
        var first = await service.AddSourceAsync("First portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/contracts-finder"));
        var second = await service.AddSourceAsync("Second portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/find-a-tender"));

        await service.HarvestAsync(first.Id);
        await service.HarvestAsync(second.Id);

        Assert.Equal(2, (await service.StoredWithOcidsAsync(releases.Select(Ocid))).Count);
        Assert.Equal(1, (await service.SourceAsync(second.Id)).ReleasesAlreadyStored);
    }

    [Fact]
    public async Task Run_ContractsFinder_AsksForPublishedWindowsAndFollowsTheCursor()
    {
        await using var portal = await ReplayServer.StartAsync();
        var releases = Fresh(4, "cf");
        var start = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2));
        portal.On("/Published/Notices/OCDS/Search", Reply.Json(Package(releases.Take(2), next: portal.Url("/Published/Notices/OCDS/Search?cursor=abc="))))
            .On("/Published/Notices/OCDS/Search?cursor=abc=", Reply.Json(Package(releases.Skip(2), next: portal.Url("/Published/Notices/OCDS/Search?cursor=def="))))
            .On("/Published/Notices/OCDS/Search?cursor=def=", Reply.Json(Package([], next: portal.Url("/Published/Notices/OCDS/Search?cursor=ghi="))));
        var source = await service.AddSourceAsync("Contracts Finder replay", HarvestSourceKind.ContractsFinder, portal.BaseUrl.ToString(), start);

        await service.HarvestAsync(source.Id);

        var first = portal.Requests.First().PathAndQuery;
        Assert.StartsWith($"/Published/Notices/OCDS/Search?publishedFrom={start:yyyy-MM-dd}T00:00:00&publishedTo=", first);
        Assert.EndsWith("&limit=100", first);
        Assert.Equal(4, (await service.StoredFromAsync("Contracts Finder replay")).Count);
        var after = await service.SourceAsync(source.Id);
        Assert.Null(after.NextPageUrl);
        Assert.InRange(after.WindowFrom!.Value, DateTimeOffset.UtcNow.AddHours(-1.1), DateTimeOffset.UtcNow.AddHours(-0.9));
    }

    [Fact]
    public async Task Run_FindATender_ReadsOneDayAtATimeAndSpacesItsRequests()
    {
        await using var portal = await ReplayServer.StartAsync();
        var start = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3));
        portal.On("/api/1.0/ocdsReleasePackages", Reply.Json(Package(Fresh(2, "fts"))));
        var source = await service.AddSourceAsync("Find a Tender replay", HarvestSourceKind.FindATender, portal.BaseUrl.ToString(), start);
        service.Waits.Waits.Clear();

        await service.HarvestAsync(source.Id);

        var asked = portal.Requests.Select(r => r.PathAndQuery).ToList();
        Assert.Equal(4, asked.Count);
        Assert.Equal($"/api/1.0/ocdsReleasePackages?updatedFrom={start:yyyy-MM-dd}T00:00:00&updatedTo={start.AddDays(1):yyyy-MM-dd}T00:00:00&limit=100", asked[0]);
        Assert.Equal($"/api/1.0/ocdsReleasePackages?updatedFrom={start.AddDays(1):yyyy-MM-dd}T00:00:00&updatedTo={start.AddDays(2):yyyy-MM-dd}T00:00:00&limit=100", asked[1]);
        // 12 requests in 2 minutes is the limit: each request after the first waits its 10-second turn.
        Assert.True(service.Waits.Of(WaitReason.Spacing).Count(w => w >= TimeSpan.FromSeconds(9)) >= 3, string.Join(", ", service.Waits.Waits));
        Assert.Equal(2, (await service.StoredFromAsync("Find a Tender replay")).Count);
    }

    [Fact]
    public async Task Run_PublicContractsScotland_ReadsMonthByMonthAndKeepsTheCurrentMonth()
    {
        await using var portal = await ReplayServer.StartAsync();
        var thisMonth = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(thisMonth.Year, thisMonth.Month, 1).AddMonths(-2);
        portal.On("/v1/Notices", Reply.Json(Package(Fresh(1, "pcs"))));
        var source = await service.AddSourceAsync("Scotland replay", HarvestSourceKind.PublicContractsScotland, portal.Url("/v1"), start);

        await service.HarvestAsync(source.Id);

        Assert.Equal(
            [$"/v1/Notices?dateFrom={start:MM-yyyy}&outputType=0", $"/v1/Notices?dateFrom={start.AddMonths(1):MM-yyyy}&outputType=0",
             $"/v1/Notices?dateFrom={thisMonth:MM-yyyy}&outputType=0"],
            portal.Requests.Select(r => r.PathAndQuery));
        var after = await service.SourceAsync(source.Id);
        Assert.Equal(new DateTimeOffset(thisMonth.Year, thisMonth.Month, 1, 0, 0, 0, TimeSpan.Zero), after.WindowFrom);
    }
}
