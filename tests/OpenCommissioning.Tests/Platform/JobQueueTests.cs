using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Jobs;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Platform;

public class JobQueueTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private async Task EnqueueAsync(int count, string kind)
    {
        await service.WithScopeAsync(async s =>
        {
            var queue = s.GetRequiredService<JobQueue>();
            for (var i = 0; i < count; i++) queue.Enqueue(kind, new { Number = i });
            await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
    }

    [Fact]
    public async Task ManyWorkersAtOnce_ClaimEachJobExactlyOnce()
    {
        await EnqueueAsync(60, "test.claim-once");

        // Eight claimers at once, as eight instances sharing one PostgreSQL would be.
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            var claimed = new List<Guid>();
            while (true)
            {
                var job = await service.WithScopeAsync(s => s.GetRequiredService<JobClaimer>().ClaimNextAsync($"worker-{worker}", CancellationToken.None));
                if (job is null) return claimed;
                if (job.Kind == "test.claim-once") claimed.Add(job.Id);
            }
        })));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(60, all.Count);
        Assert.Equal(60, all.Distinct().Count());
        Assert.True(claims.Count(c => c.Count > 0) > 1, "the work should have been shared between workers");
    }

    [Fact]
    public async Task AClaimThatLapses_CanBeTakenByAnotherWorker()
    {
        var time = new MovableTime();
        await EnqueueAsync(1, "test.lapse");
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var info = scope.ServiceProvider.GetRequiredService<DatabaseInfo>();

        var claimer = new JobClaimer(db, info, time);
        var first = await claimer.ClaimNextAsync("crashed-worker", CancellationToken.None);
        while (first!.Kind != "test.lapse") first = await claimer.ClaimNextAsync("crashed-worker", CancellationToken.None);

        var whileHeld = await ClaimAllAsync(claimer);
        time.Advance(JobClaimer.ClaimLength + TimeSpan.FromSeconds(1));
        var afterLapse = await ClaimAllAsync(claimer);

        Assert.DoesNotContain(whileHeld, j => j.Id == first.Id);
        Assert.Equal(2, afterLapse.Single(j => j.Id == first.Id).Attempts);
    }

    private static async Task<List<Job>> ClaimAllAsync(JobClaimer claimer)
    {
        var jobs = new List<Job>();
        while (await claimer.ClaimNextAsync("other-worker", CancellationToken.None) is { } job) jobs.Add(job);
        return jobs;
    }

    [Fact]
    public async Task AFailingJob_IsRetriedLaterWithItsError()
    {
        await EnqueueAsync(1, "test.no-handler");

        await service.RunJobsAsync();

        var job = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Job>().SingleAsync(j => j.Kind == "test.no-handler"));
        Assert.Null(job.CompletedAt);
        Assert.Equal(1, job.Attempts);
        Assert.Equal("No handler for jobs of kind 'test.no-handler'.", job.LastError);
        Assert.True(job.RunAfter > DateTimeOffset.UtcNow);
    }

    private sealed class MovableTime : TimeProvider
    {
        private DateTimeOffset now = DateTimeOffset.UtcNow.AddMinutes(1);
        public override DateTimeOffset GetUtcNow() => now;
        public void Advance(TimeSpan by) => now += by;
    }
}
