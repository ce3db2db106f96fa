using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Jobs;

namespace OpenCommissioning.Harvesting;

/// <summary>Runs a scheduled harvest from the job queue; the harvester schedules the next one when it ends.</summary>
public sealed class HarvestRunJob(Harvester harvester, AppDbContext db, HarvestSchedule schedule, TimeProvider clock) : IJobHandler
{
    public string Kind => HarvestSchedule.RunJob;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var run = JsonSerializer.Deserialize<HarvestRun>(payload)!;
        var source = await db.Set<HarvestSource>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == run.SourceId, cancellationToken);
        if (source is null || source.Paused || source.ScheduledRunId != run.RunId) return;

        var outcome = await harvester.RunAsync(run.SourceId, cancellationToken);
        if (outcome.Ran) return;
        // Another run holds the source. If it is alive it will schedule the next run (and make this one stale);
        // if it died, this run goes ahead once its hold lapses.
        var heldUntil = outcome.HeldUntil ?? clock.GetUtcNow();
        schedule.Retry(run, heldUntil - clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        await db.SaveChangesAsync(cancellationToken);
    }
}
