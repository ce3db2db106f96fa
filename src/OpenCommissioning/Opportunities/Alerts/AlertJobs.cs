using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Jobs;

namespace OpenCommissioning.Opportunities.Alerts;

/// <summary>After a notice changes: tells every instant saved search it newly matches.</summary>
public sealed class InstantAlertsJob(AppDbContext db, AlertSender sender) : IJobHandler
{
    public string Kind => AlertScheduler.InstantJob;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var ocid = JsonSerializer.Deserialize<NoticeAlert>(payload)?.Ocid
            ?? throw new InvalidOperationException("An instant alert job had no ocid.");
        var searches = await db.Set<SavedSearch>().Where(s => s.Frequency == AlertFrequency.Instant)
            .OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        foreach (var saved in searches) await sender.SendAsync(saved, [ocid], cancellationToken);
    }
}

/// <summary>Once a day: tells every daily saved search of what is new, then books the next day's run.</summary>
public sealed class DailyAlertsJob(AppDbContext db, AlertSender sender, AlertScheduler scheduler) : IJobHandler
{
    public string Kind => AlertScheduler.DailyJob;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var searches = await db.Set<SavedSearch>().Where(s => s.Frequency == AlertFrequency.Daily)
            .OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        foreach (var saved in searches) await sender.SendAsync(saved, null, cancellationToken);
        scheduler.ScheduleNextDailyRun();
        await db.SaveChangesAsync(cancellationToken);
    }
}
