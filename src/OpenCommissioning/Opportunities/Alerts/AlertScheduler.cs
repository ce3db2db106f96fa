using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Jobs;

namespace OpenCommissioning.Opportunities.Alerts;

public sealed record NoticeAlert(string Ocid);
public sealed record DailyAlerts;

/// <summary>Asks for alert jobs: one per changed notice for instant alerts, one a day at 7am UK time for the rest.</summary>
public sealed class AlertScheduler(AppDbContext db, JobQueue jobs, TimeProvider clock)
{
    public const string InstantJob = "opportunities.instant-alerts";
    public const string DailyJob = "opportunities.daily-alerts";
    private static readonly TimeOnly SendTime = new(7, 0);

    public void NoticeChanged(string ocid) => jobs.Enqueue(InstantJob, new NoticeAlert(ocid));

    /// <summary>
    /// Makes sure a daily run is waiting. Two instances may both add one; the second run then finds nothing new to
    /// send, because sent alerts are recorded.
    /// </summary>
    public async Task EnsureDailyRunAsync(CancellationToken cancellationToken)
    {
        var pending = db.ChangeTracker.Entries<Job>().Any(e => e.Entity.Kind == DailyJob)
            || await db.Set<Job>().AnyAsync(j => j.Kind == DailyJob && j.CompletedAt == null && j.FailedAt == null, cancellationToken);
        if (!pending) ScheduleNextDailyRun();
    }

    public void ScheduleNextDailyRun()
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(UkTime.ToUk(now).DateTime);
        var next = UkTime.StartOfDay(today) + SendTime.ToTimeSpan();
        if (next <= now) next = UkTime.StartOfDay(today.AddDays(1)) + SendTime.ToTimeSpan();
        jobs.Enqueue(DailyJob, new DailyAlerts(), next - now);
    }
}
