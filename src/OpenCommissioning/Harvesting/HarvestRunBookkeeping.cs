using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Harvesting;

/// <summary>
/// The run's own rows, apart from its pages: taking the source so no other run (or instance) reads it meanwhile, and
/// at the end releasing it, recording the outcome and any error, and scheduling the next run.
/// </summary>
internal sealed class HarvestRunBookkeeping(IServiceScopeFactory scopes, TimeProvider clock)
{
    private const int ProblemsKept = 20;

    /// <summary>Takes the source for this run in one statement; returns when the current hold lapses if another run has it.</summary>
    public async Task<DateTimeOffset?> TakeAsync(Guid sourceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var until = now + Harvester.HoldLength;
        var taken = await db.Set<HarvestSource>()
            .Where(s => s.Id == sourceId && (s.RunHeldUntil == null || s.RunHeldUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RunHeldUntil, until).SetProperty(s => s.LastRunStartedAt, now), cancellationToken);
        if (taken == 1) return null;
        return await db.Set<HarvestSource>().Where(s => s.Id == sourceId).Select(s => s.RunHeldUntil).SingleOrDefaultAsync(cancellationToken) ?? now;
    }

    /// <summary>Frees the source, records what the run did (and why it stopped, if it did) and schedules the next run.</summary>
    public async Task EndAsync(Guid sourceId, PageTally tally, bool continues, string? error, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var source = await db.Set<HarvestSource>().SingleOrDefaultAsync(s => s.Id == sourceId, cancellationToken);
        if (source is null) return;
        var now = clock.GetUtcNow();
        source.RunHeldUntil = null;
        source.LastRunEndedAt = now;
        source.LastRunOutcome = (error is null ? "" : "Stopped: " + error + " ") + tally.Describe();
        if (error is not null) db.Add(new HarvestProblem { SourceId = sourceId, At = now, IsError = true, Message = Truncate(error, 2000) });
        if (!source.Paused)
            scope.ServiceProvider.GetRequiredService<HarvestSchedule>().ScheduleRun(source, continues ? TimeSpan.Zero : TimeSpan.FromMinutes(source.EveryMinutes));
        await db.SaveChangesAsync(cancellationToken);
        await TrimProblemsAsync(db, sourceId, cancellationToken);
    }

    private static async Task TrimProblemsAsync(AppDbContext db, Guid sourceId, CancellationToken cancellationToken)
    {
        var keepFrom = await db.Set<HarvestProblem>().Where(p => p.SourceId == sourceId).OrderByDescending(p => p.Id)
            .Skip(ProblemsKept).Select(p => (long?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (keepFrom is not null)
            await db.Set<HarvestProblem>().Where(p => p.SourceId == sourceId && p.Id <= keepFrom).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
