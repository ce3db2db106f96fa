using OpenCommissioning.Platform.Jobs;

namespace OpenCommissioning.Harvesting;

/// <summary>
/// Runs are jobs on the durable queue. Each scheduled run carries a fresh id that the source remembers; a job whose
/// id is no longer the source's (the source was paused, resumed, or rescheduled since) does nothing, so a source never
/// gathers two chains of runs.
/// </summary>
public sealed class HarvestSchedule(JobQueue jobs, TimeProvider clock)
{
    public const string RunJob = "harvesting.run";

    public void ScheduleRun(HarvestSource source, TimeSpan delay)
    {
        source.ScheduledRunId = Guid.NewGuid();
        source.NextRunAt = clock.GetUtcNow() + delay;
        jobs.Enqueue(RunJob, new HarvestRun(source.Id, source.ScheduledRunId.Value), delay);
    }

    /// <summary>Tries the same scheduled run again later, when another run held the source.</summary>
    public void Retry(HarvestRun run, TimeSpan delay) => jobs.Enqueue(RunJob, run, delay);
}

public sealed record HarvestRun(Guid SourceId, Guid RunId);
