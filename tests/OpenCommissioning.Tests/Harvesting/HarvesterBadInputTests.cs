using System.Text.Json.Nodes;
using OpenCommissioning.Harvesting;
using static OpenCommissioning.Tests.Harvesting.RecordedPages;

namespace OpenCommissioning.Tests.Harvesting;

/// <summary>What a portal sends that it should not: bodies that never end, lasting 500s, releases missing their keys, paging loops.</summary>
public class HarvesterBadInputTests(HarvestServiceFactory service) : IClassFixture<HarvestServiceFactory>
{
    // Far beyond the factory's 3-second request timeout: a run still going then is stuck on the portal for good.
    private static readonly TimeSpan Stuck = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Run_WhenTheBodyStopsArrivingMidway_GivesUpOnItAfterTheTimeoutAndReadsThePageAgain()
    {
        await using var portal = await ReplayServer.StartAsync();
        var releases = Fresh(2, "stalled-once");
        portal.On("/stall", Reply.Json(Package(releases)) with { Stall = true }, Reply.Json(Package(releases)));
        var source = await service.AddSourceAsync("Stalling portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/stall"));

        await service.HarvestAsync(source.Id).WaitAsync(Stuck);

        Assert.Equal(2, portal.CountRequests("/stall"));
        Assert.Equal(releases.Select(Ocid).Order(), (await service.StoredFromAsync("Stalling portal")).Select(r => r.Ocid).Order());
        Assert.Equal("Read 1 page: 2 added, 0 already stored, 0 quarantined.", (await service.SourceAsync(source.Id)).LastRunOutcome);
    }

    [Fact]
    public async Task Run_WhenTheBodyNeverEnds_StopsWithAnErrorAndStoresNothing()
    {
        await using var portal = await ReplayServer.StartAsync();
        var releases = Fresh(2, "stalled-always");
        portal.On("/endless", Reply.Json(Package(releases)) with { Stall = true });
        var source = await service.AddSourceAsync("Endless portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/endless"));

        await service.HarvestAsync(source.Id).WaitAsync(Stuck);

        var after = await service.SourceAsync(source.Id);
        Assert.Equal(PortalClient.MaxAttempts, portal.CountRequests("/endless"));
        Assert.Empty(await service.StoredWithOcidsAsync(releases.Select(Ocid)));
        Assert.Equal((0, (string?)null, (DateTimeOffset?)null), (after.PagesRead, after.NextPageUrl, after.RunHeldUntil));
        var error = Assert.Single(await service.ProblemsOfAsync(source.Id), p => p.IsError);
        Assert.Equal($"Could not read {portal.Url("/endless")} after 6 attempts: no answer within 3 seconds.", error.Message);
        Assert.Equal($"Stopped: {error.Message} Read 0 pages: 0 added, 0 already stored, 0 quarantined.", after.LastRunOutcome);
    }

    [Fact]
    public async Task Run_When500OnEveryAttempt_KeepsThePagesBeforeItStopsWithAnErrorAndResumesThere()
    {
        await using var portal = await ReplayServer.StartAsync();
        var releases = Fresh(2, "lasting-500");
        portal.On("/p1", Reply.Json(Package(releases, next: portal.Url("/p2")))).On("/p2", Reply.WithStatus(500));
        var source = await service.AddSourceAsync("Failing portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/p1"));
        service.Waits.Waits.Clear();

        await service.HarvestAsync(source.Id);

        var after = await service.SourceAsync(source.Id);
        Assert.Equal((1, PortalClient.MaxAttempts), (portal.CountRequests("/p1"), portal.CountRequests("/p2")));
        Assert.Equal(PortalClient.MaxAttempts - 1, service.Waits.Of(WaitReason.BackOff).Count);
        Assert.Equal((portal.Url("/p2"), 1), (after.NextPageUrl, after.PagesRead));
        Assert.Equal(releases.Select(Ocid).Order(), (await service.StoredFromAsync("Failing portal")).Select(r => r.Ocid).Order());
        var error = Assert.Single(await service.ProblemsOfAsync(source.Id), p => p.IsError);
        Assert.Equal($"Could not read {portal.Url("/p2")} after 6 attempts: the portal answered 500 Internal Server Error.", error.Message);
        Assert.Equal($"Stopped: {error.Message} Read 1 page: 2 added, 0 already stored, 0 quarantined.", after.LastRunOutcome);
    }

    [Fact]
    public async Task Run_WithReleasesMissingTheirOcidIdOrDate_QuarantinesEachWithItsFindingAndStoresTheRest()
    {
        await using var portal = await ReplayServer.StartAsync();
        var releases = Fresh(4, "missing-keys");
        releases[1].Remove("ocid");
        releases[2].Remove("id");
        releases[3].Remove("date");
        var page = JsonNode.Parse(Package(releases))!;
        page["releases"]!.AsArray().Add(42);
        portal.On("/keys", Reply.Json(page.ToJsonString()));
        var source = await service.AddSourceAsync("Keyless portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/keys"));

        await service.HarvestAsync(source.Id);

        Assert.Equal(Ocid(releases[0]), Assert.Single(await service.StoredFromAsync("Keyless portal")).Ocid);
        var quarantined = await service.QuarantinedFromAsync("Keyless portal");
        Assert.Equal(4, quarantined.Count);
        Assert.Contains("'ocid' is missing", quarantined.Single(q => q.Ocid is null && q.ReleaseId == (string)releases[1]["id"]!).Findings);
        Assert.Contains("'id' is missing", quarantined.Single(q => q.Ocid == Ocid(releases[2])).Findings);
        Assert.Contains("'date' is missing", quarantined.Single(q => q.Ocid == Ocid(releases[3])).Findings);
        Assert.Equal("(release): is not a JSON object", quarantined.Single(q => q.RawText == "42").Findings);
        Assert.Equal("Read 1 page: 1 added, 0 already stored, 4 quarantined.", (await service.SourceAsync(source.Id)).LastRunOutcome);
    }

    [Fact]
    public async Task Run_WhenTheNextLinkLeadsBackToAnEarlierPage_StopsFollowingItAndRecordsTheLoop()
    {
        await using var portal = await ReplayServer.StartAsync();
        var releases = Fresh(4, "paging-loop");
        portal.On("/p1", Reply.Json(Package(releases.Take(2), next: portal.Url("/p2"))))
            .On("/p2", Reply.Json(Package(releases.Skip(2), next: portal.Url("/p1"))));
        var source = await service.AddSourceAsync("Looping portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/p1"));

        await service.HarvestAsync(source.Id).WaitAsync(Stuck);

        var after = await service.SourceAsync(source.Id);
        Assert.Equal((1, 1), (portal.CountRequests("/p1"), portal.CountRequests("/p2")));
        Assert.Equal("Read 2 pages: 4 added, 0 already stored, 0 quarantined.", after.LastRunOutcome);
        Assert.Equal(portal.Url("/p2"), after.NextPageUrl);
        Assert.Contains("leads back to " + portal.Url("/p1"), Assert.Single(await service.ProblemsOfAsync(source.Id), p => p.IsError).Message);
    }

    [Fact]
    public async Task Run_When429WithRetryAfterAsADate_WaitsUntilThatTimeAndCarriesOn()
    {
        await using var portal = await ReplayServer.StartAsync();
        var releases = Fresh(2, "retry-after-date");
        var until = DateTimeOffset.UtcNow.AddMinutes(2);
        var tooMany = Reply.WithStatus(429) with { Headers = new Dictionary<string, string> { ["Retry-After"] = until.ToString("R") } };
        portal.On("/dated", tooMany, Reply.Json(Package(releases)));
        var source = await service.AddSourceAsync("Dated 429 portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/dated"));
        service.Waits.Waits.Clear();

        await service.HarvestAsync(source.Id);

        Assert.InRange(Assert.Single(service.Waits.Of(WaitReason.RateLimit)).TotalSeconds, 100, 120);
        Assert.Equal(releases.Select(Ocid).Order(), (await service.StoredFromAsync("Dated 429 portal")).Select(r => r.Ocid).Order());
    }

    [Fact]
    public async Task Run_When429NeverLifts_StopsWithAnErrorAfterItsAttemptsAndStoresNothing()
    {
        await using var portal = await ReplayServer.StartAsync();
        portal.On("/busy", Reply.WithStatus(429) with { Headers = new Dictionary<string, string> { ["Retry-After"] = "30" } });
        var source = await service.AddSourceAsync("Always busy portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/busy"));

        await service.HarvestAsync(source.Id);

        var after = await service.SourceAsync(source.Id);
        Assert.Equal(PortalClient.MaxAttempts, portal.CountRequests("/busy"));
        Assert.Equal((0, (string?)null), (after.PagesRead, after.NextPageUrl));
        Assert.Empty(await service.StoredFromAsync("Always busy portal"));
        Assert.Equal($"Could not read {portal.Url("/busy")} after 6 attempts: the portal answered 429 Too Many Requests.",
            Assert.Single(await service.ProblemsOfAsync(source.Id), p => p.IsError).Message);
        Assert.NotNull(after.NextRunAt);
    }
}
