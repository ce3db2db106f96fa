using System.Text;
using OpenCommissioning.Harvesting;
using static OpenCommissioning.Tests.Harvesting.RecordedPages;

namespace OpenCommissioning.Tests.Harvesting;

public class HarvesterFaultTests(HarvestServiceFactory service) : IClassFixture<HarvestServiceFactory>
{
    private async Task<(ReplayServer Portal, HarvestSource Source, IReadOnlyList<System.Text.Json.Nodes.JsonObject> Releases)> ArrangeAsync(
        string name, HarvestSourceKind kind, string path, params Reply[] failures)
    {
        var portal = await ReplayServer.StartAsync();
        var releases = Fresh(2, name.Replace(' ', '-'));
        portal.On(path, [.. failures, Reply.Json(Package(releases))]);
        var source = await service.AddSourceAsync(name, kind, kind == HarvestSourceKind.OcdsReleasePackages ? portal.Url(path) : portal.BaseUrl.ToString());
        service.Waits.Waits.Clear();
        service.Observer.OnOffered = null;
        return (portal, source, releases);
    }

    [Fact]
    public async Task Run_WhenContractsFinderAnswers403_WaitsFiveMinutesAndCarriesOn()
    {
        var (portal, source, releases) = await ArrangeAsync("Rate limited CF", HarvestSourceKind.ContractsFinder, "/Published/Notices/OCDS/Search", Reply.WithStatus(403));
        await using var _ = portal;

        await service.HarvestAsync(source.Id);

        Assert.Equal([TimeSpan.FromMinutes(5)], service.Waits.Of(WaitReason.RateLimit));
        Assert.Equal(2, (await service.StoredWithOcidsAsync(releases.Select(Ocid))).Count);
    }

    [Fact]
    public async Task Run_When429WithRetryAfter_WaitsAsAskedAndCarriesOn()
    {
        var tooMany = Reply.WithStatus(429) with { Headers = new Dictionary<string, string> { ["Retry-After"] = "37" } };
        var (portal, source, releases) = await ArrangeAsync("Busy FTS", HarvestSourceKind.FindATender, "/api/1.0/ocdsReleasePackages", tooMany);
        await using var _ = portal;

        await service.HarvestAsync(source.Id);

        Assert.Equal([TimeSpan.FromSeconds(37)], service.Waits.Of(WaitReason.RateLimit));
        Assert.Equal(2, (await service.StoredWithOcidsAsync(releases.Select(Ocid))).Count);
    }

    [Fact]
    public async Task Run_When503Twice_BacksOffLongerEachTimeWithJitter()
    {
        var (portal, source, releases) = await ArrangeAsync("Unavailable portal", HarvestSourceKind.OcdsReleasePackages, "/down", Reply.WithStatus(503), Reply.WithStatus(503));
        await using var _ = portal;

        await service.HarvestAsync(source.Id);

        var backOffs = service.Waits.Of(WaitReason.BackOff);
        Assert.Equal(2, backOffs.Count);
        Assert.InRange(backOffs[0].TotalSeconds, 1, 2);
        Assert.InRange(backOffs[1].TotalSeconds, 2, 4);
        Assert.Equal(2, (await service.StoredWithOcidsAsync(releases.Select(Ocid))).Count);
    }

    [Fact]
    public async Task Run_WhenTheAnswerIsTooSlow_GivesUpOnItAndRetries()
    {
        var slow = Reply.Json(Package([])) with { Delay = TimeSpan.FromSeconds(10) };
        var (portal, source, releases) = await ArrangeAsync("Slow portal", HarvestSourceKind.OcdsReleasePackages, "/slow", slow);
        await using var _ = portal;

        await service.HarvestAsync(source.Id);

        Assert.Equal(2, portal.CountRequests("/slow"));
        Assert.Equal(2, (await service.StoredWithOcidsAsync(releases.Select(Ocid))).Count);
    }

    [Fact]
    public async Task Run_WhenTheBodyBreaksOff_ReadsThePageAgain()
    {
        var broken = Reply.Json(Package(Fresh(2, "broken"))) with { BreakOff = true };
        var (portal, source, releases) = await ArrangeAsync("Truncating portal", HarvestSourceKind.OcdsReleasePackages, "/cut", broken);
        await using var _ = portal;

        await service.HarvestAsync(source.Id);

        Assert.Equal(2, portal.CountRequests("/cut"));
        Assert.Equal(2, (await service.StoredWithOcidsAsync(releases.Select(Ocid))).Count);
        Assert.Empty(await service.QuarantinedFromAsync("Truncating portal"));
    }

    [Fact]
    public async Task Run_WhenThePageIsNeverValidJson_StopsWithAnErrorAndKeepsItsPlace()
    {
        await using var portal = await ReplayServer.StartAsync();
        portal.On("/bad", Reply.Json("""{"releases": [ {"ocid": "ocds-b5fd17-x", """));
        var source = await service.AddSourceAsync("Malformed portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/bad"));

        await service.HarvestAsync(source.Id);

        var after = await service.SourceAsync(source.Id);
        Assert.Null(after.NextPageUrl);
        Assert.Equal(0, after.PagesRead);
        Assert.StartsWith("Stopped: Could not read", after.LastRunOutcome);
        Assert.Contains("is not readable JSON", Assert.Single(await service.ProblemsOfAsync(source.Id), p => p.IsError).Message);
        Assert.Null(after.RunHeldUntil);
        Assert.NotNull(after.NextRunAt);
    }

    [Fact]
    public async Task Run_WhenThePageIsWindows1252_ReadsItAndNotesTheRepair()
    {
        await using var portal = await ReplayServer.StartAsync();
        var release = Fresh(1, "encoding")[0];
        release["tender"]!["title"] = "Café services – £5,000";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var body = Encoding.GetEncoding(1252).GetBytes(Package([release]));
        portal.On("/cp1252", new Reply(200, body));
        var source = await service.AddSourceAsync("Mis-encoded portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/cp1252"));

        await service.HarvestAsync(source.Id);

        var stored = await service.StoredFromAsync("Mis-encoded portal");
        Assert.True(stored.Count == 1, (await service.SourceAsync(source.Id)).LastRunOutcome);
        Assert.Equal("Café services – £5,000", (string)System.Text.Json.Nodes.JsonNode.Parse(stored[0].Json)!["tender"]!["title"]!);
        Assert.Contains("not valid UTF-8", Assert.Single(await service.ProblemsOfAsync(source.Id)).Message);
    }

    [Fact]
    public async Task Run_KilledMidPage_ResumesFromTheLastCommittedPageWithNothingLostOrDoubled()
    {
        await using var portal = await ReplayServer.StartAsync();
        var releases = Fresh(6, "killed");
        portal.On("/p1", Reply.Json(Package(releases.Take(3), next: portal.Url("/p2"))))
            .On("/p2", Reply.Json(Package(releases.Skip(3), next: null)));
        var source = await service.AddSourceAsync("Crashing portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/p1"));
        var offered = 0;
        service.Observer.OnOffered = (_, _) => { if (++offered == 5) throw new InvalidOperationException("The process died"); };

        await service.HarvestAsync(source.Id);
        var between = await service.SourceAsync(source.Id);
        var storedBetween = (await service.StoredFromAsync("Crashing portal")).Count;
        service.Observer.OnOffered = null;
        await service.HarvestAsync(source.Id);

        Assert.Equal((portal.Url("/p2"), 3), (between.NextPageUrl, storedBetween));
        // The page that died stored nothing, so the run reports only the page it committed.
        Assert.Equal("Stopped: The process died Read 1 page: 3 added, 0 already stored, 0 quarantined.", between.LastRunOutcome);
        var stored = await service.StoredFromAsync("Crashing portal");
        Assert.Equal(releases.Select(Ocid).Order(), stored.Select(r => r.Ocid).Order());
        Assert.Equal(portal.Url("/p2"), (await service.SourceAsync(source.Id)).NextPageUrl);
    }

    [Fact]
    public async Task Run_WithAnOverflowingNumberAndAnInvalidRelease_QuarantinesExactlyThoseAndStoresTheRest()
    {
        await using var portal = await ReplayServer.StartAsync();
        var releases = Fresh(4, "mixed");
        releases[1]["date"] = "yesterday";
        var page = Package(releases).Replace($"\"ocid\":\"{Ocid(releases[2])}\"", $"\"ocid\":\"{Ocid(releases[2])}\",\"huge\":1e9999");
        portal.On("/mixed", Reply.Json(page));
        var source = await service.AddSourceAsync("Mixed portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/mixed"));

        await service.HarvestAsync(source.Id);
        await service.HarvestAsync(source.Id);

        Assert.Equal(new[] { Ocid(releases[0]), Ocid(releases[3]) }.Order(), (await service.StoredFromAsync("Mixed portal")).Select(r => r.Ocid).Order());
        var quarantined = (await service.QuarantinedFromAsync("Mixed portal")).OrderBy(q => q.Ocid).ToList();
        Assert.Equal(new[] { Ocid(releases[1]), Ocid(releases[2]) }.Order(), quarantined.Select(q => q.Ocid).Order());
        Assert.Contains("huge: the number is too large to store", quarantined.Single(q => q.Ocid == Ocid(releases[2])).Findings);
        Assert.Contains("1e9999", quarantined.Single(q => q.Ocid == Ocid(releases[2])).RawText);
        Assert.Contains("date", quarantined.Single(q => q.Ocid == Ocid(releases[1])).Findings);
    }
}
