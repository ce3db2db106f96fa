using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Harvesting;
using OpenCommissioning.OpenData;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Jobs;
using static OpenCommissioning.Tests.Harvesting.RecordedPages;

namespace OpenCommissioning.Tests.Harvesting;

/// <summary>A harvested page's releases written set-based in the page's transaction, announced by one job.</summary>
public class PageWriteTests(HarvestServiceFactory service) : IClassFixture<HarvestServiceFactory>
{
    private async Task<HarvestSource> HarvestPageAsync(string name, IEnumerable<JsonNode> releases)
    {
        await using var portal = await ReplayServer.StartAsync();
        portal.On("/page", Reply.Json(Package(releases)));
        var source = await service.AddSourceAsync(name, HarvestSourceKind.OcdsReleasePackages, portal.Url("/page"));
        await service.HarvestAsync(source.Id);
        return await service.SourceAsync(source.Id);
    }

    private Task<List<Job>> ReleaseAddedJobsWithAsync(string ocid) => service.WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().Set<Job>().AsNoTracking()
            .Where(j => j.Kind == ReleaseStore.ReleaseAddedJob && j.Payload.Contains(ocid)).ToListAsync());

    private static IReadOnlyList<string> OcidsOf(Job job) => JsonSerializer.Deserialize<ReleaseAdded>(job.Payload)!.Processes();

    [Fact]
    public async Task Harvest_APageOfReleases_QueuesOneJobWhoseRunRefreshesEveryNotice()
    {
        var releases = Fresh(3, "one-job");

        await HarvestPageAsync("One job portal", releases);
        var job = Assert.Single(await ReleaseAddedJobsWithAsync(Ocid(releases[0])));
        await service.RunJobsAsync();

        Assert.Equal(releases.Select(Ocid).Order(), OcidsOf(job).Order());
        foreach (var release in releases)
            Assert.NotNull(await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Opportunity>().FindAsync(Ocid(release)).AsTask()));
    }

    [Fact]
    public async Task Harvest_TheSameReleaseTwiceInOnePage_StoresItOnce()
    {
        var releases = Fresh(2, "twice-in-page");

        var source = await HarvestPageAsync("Repeating portal", [releases[0], releases[0], releases[1]]);

        var stored = await service.StoredFromAsync("Repeating portal");
        Assert.Equal(releases.Select(Ocid).Order(), stored.Select(r => r.Ocid).Order());
        Assert.Equal("Read 1 page: 2 added, 1 already stored, 0 quarantined.", source.LastRunOutcome);
        Assert.Equal(releases.Select(Ocid).Order(), OcidsOf(Assert.Single(await ReleaseAddedJobsWithAsync(Ocid(releases[1])))).Order());
    }

    [Fact]
    public async Task Harvest_AReleaseStoredBeforeAndNewlySighted_IsNotStoredAgainButItsSightingAndNoticeAre()
    {
        var releases = Fresh(2, "newly-sighted");
        await HarvestPageAsync("First portal", [releases[0]]);

        var second = await HarvestPageAsync("Second portal", releases);

        Assert.Equal("Read 1 page: 1 added, 1 already stored, 0 quarantined.", second.LastRunOutcome);
        Assert.Equal(Ocid(releases[0]), Assert.Single(await service.StoredFromAsync("First portal")).Ocid);
        Assert.Equal(Ocid(releases[1]), Assert.Single(await service.StoredFromAsync("Second portal")).Ocid);
        var sources = await service.WithScopeAsync(s => s.GetRequiredService<ReleaseStore>().SourcesOfAsync([Ocid(releases[0])]));
        Assert.Equal(new[] { "First portal", "Second portal" }, sources.Select(s => s.Source));
        Assert.Equal(releases.Select(Ocid).Order(), OcidsOf(Assert.Single(await ReleaseAddedJobsWithAsync(Ocid(releases[1])))).Order());
    }

    [Fact]
    public async Task Save_WhenThePageFailsAfterItsReleasesWereWritten_StoresNothingOfIt()
    {
        var releases = Fresh(3, "torn-page");

        var failure = await Record.ExceptionAsync(() => service.WithScopeAsync(async s =>
        {
            var intake = s.GetRequiredService<ReleaseIntake>();
            intake.DeferWrites();
            await intake.LookUpAsync(releases, "Torn portal", CancellationToken.None);
            foreach (var release in releases) await intake.OfferAsync(release, Extensions, "Torn portal", null, CancellationToken.None);
            // A row the database refuses (a job kind longer than its column), saved after the page's set-based writes.
            s.GetRequiredService<JobQueue>().Enqueue(new string('x', 150), 0);
            await intake.SaveAsync(CancellationToken.None);
        }));

        Assert.NotNull(failure);
        Assert.Empty(await service.StoredWithOcidsAsync(releases.Select(Ocid)));
        Assert.Empty(await service.WithScopeAsync(s => s.GetRequiredService<ReleaseStore>().SourcesOfAsync(releases.Select(Ocid).ToList())));
        Assert.Empty(await ReleaseAddedJobsWithAsync(Ocid(releases[0])));
    }

    [Fact]
    public async Task Harvest_WhenAnotherWriterStoresAReleaseAfterTheLookUp_CountsAndAnnouncesOnlyWhatThePageStored()
    {
        var releases = Fresh(3, "raced");
        var offered = 0;
        // After the page's look-up and before its write, as a concurrent import of the same release would.
        service.Observer.OnOffered = (_, _) =>
        {
            if (++offered == releases.Count) Task.Run(() => StoreAsAnotherWriterAsync(releases[1], "Raced portal")).GetAwaiter().GetResult();
        };

        HarvestSource source;
        try { source = await HarvestPageAsync("Raced portal", releases); }
        finally { service.Observer.OnOffered = null; }

        Assert.Equal("Read 1 page: 2 added, 1 already stored, 0 quarantined.", source.LastRunOutcome);
        Assert.Equal((2, 1), (source.ReleasesAdded, source.ReleasesAlreadyStored));
        Assert.Equal(releases.Select(Ocid).Order(), (await service.StoredWithOcidsAsync(releases.Select(Ocid))).Select(r => r.Ocid).Order());
        var pageJob = Assert.Single(await ReleaseAddedJobsWithAsync(Ocid(releases[0])));
        Assert.Equal(new[] { Ocid(releases[0]), Ocid(releases[2]) }.Order(), OcidsOf(pageJob).Order());
        // The other writer announced its own release; the page did not announce it again.
        Assert.Equal([Ocid(releases[1])], OcidsOf(Assert.Single(await ReleaseAddedJobsWithAsync(Ocid(releases[1])))));
    }

    private Task StoreAsAnotherWriterAsync(JsonObject release, string source) => service.WithScopeAsync(async s =>
    {
        var result = await s.GetRequiredService<ReleaseStore>().AddAsync(release, Extensions, source);
        Assert.Equal(ReleaseOutcome.Added, result.Outcome);
        await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
    });
}
