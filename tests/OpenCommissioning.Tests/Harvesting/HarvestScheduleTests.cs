using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Harvesting;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Jobs;
using static OpenCommissioning.Tests.Harvesting.RecordedPages;

namespace OpenCommissioning.Tests.Harvesting;

public class HarvestScheduleTests(HarvestServiceFactory service) : IClassFixture<HarvestServiceFactory>
{
    private Task ScheduleAsync(Guid sourceId) => service.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        s.GetRequiredService<HarvestSchedule>().ScheduleRun(await db.Set<HarvestSource>().SingleAsync(x => x.Id == sourceId), TimeSpan.Zero);
        await db.SaveChangesAsync();
    });

    private Task<List<Job>> RunJobsOfAsync(Guid sourceId) => service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Job>()
        .AsNoTracking().Where(j => j.Kind == HarvestSchedule.RunJob && j.Payload.Contains(sourceId.ToString())).OrderBy(j => j.CreatedAt).ToListAsync());

    [Fact]
    public async Task QueuedRun_HarvestsAndSchedulesTheNextRunAfterTheSourcesInterval()
    {
        await using var portal = await ReplayServer.StartAsync();
        portal.On("/feed", Reply.Json(Package(Fresh(2, "queued"))));
        var source = await service.AddSourceAsync("Queued portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/feed"));
        await ScheduleAsync(source.Id);

        await service.RunJobsAsync();

        Assert.Equal(2, (await service.StoredFromAsync("Queued portal")).Count);
        var jobs = await RunJobsOfAsync(source.Id);
        Assert.Equal(2, jobs.Count);
        Assert.NotNull(jobs[0].CompletedAt);
        Assert.InRange(jobs[1].RunAfter - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(60));
        var after = await service.SourceAsync(source.Id);
        Assert.InRange(after.NextRunAt!.Value - jobs[1].RunAfter, TimeSpan.FromSeconds(-1), TimeSpan.FromSeconds(1));
        Assert.Null(after.RunHeldUntil);
    }

    [Fact]
    public async Task QueuedRun_ThatIsNoLongerTheSourcesScheduledRun_DoesNothing()
    {
        await using var portal = await ReplayServer.StartAsync();
        portal.On("/stale", Reply.Json(Package(Fresh(1, "stale"))));
        var source = await service.AddSourceAsync("Stale portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/stale"));
        await ScheduleAsync(source.Id);
        await ScheduleAsync(source.Id);

        await service.RunJobsAsync();

        Assert.Equal(1, portal.CountRequests("/stale"));
        Assert.Equal(3, (await RunJobsOfAsync(source.Id)).Count);
    }

    [Fact]
    public async Task Run_WhileAnotherRunHoldsTheSource_DoesNotReadIt()
    {
        await using var portal = await ReplayServer.StartAsync();
        portal.On("/held", Reply.Json(Package(Fresh(1, "held"))));
        var source = await service.AddSourceAsync("Held portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/held"));
        await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<HarvestSource>().Where(x => x.Id == source.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.RunHeldUntil, DateTimeOffset.UtcNow.AddMinutes(10))));

        var outcome = await service.HarvestAsync(source.Id);

        Assert.False(outcome.Ran);
        Assert.Equal(0, portal.CountRequests("/held"));
    }

    [Fact]
    public async Task PausedSource_QueuedRunDoesNothing()
    {
        await using var portal = await ReplayServer.StartAsync();
        portal.On("/paused", Reply.Json(Package(Fresh(1, "paused"))));
        var source = await service.AddSourceAsync("Paused portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/paused"));
        await ScheduleAsync(source.Id);
        await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<HarvestSource>().Where(x => x.Id == source.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Paused, true)));

        await service.RunJobsAsync();

        Assert.Equal(0, portal.CountRequests("/paused"));
        Assert.Single(await RunJobsOfAsync(source.Id));
    }
}
