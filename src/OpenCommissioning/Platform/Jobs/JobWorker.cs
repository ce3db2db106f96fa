using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Platform.Jobs;

/// <summary>Runs due jobs in the background, one at a time per instance, backing off when a job fails.</summary>
public sealed class JobWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobWorker> logger) : BackgroundService
{
    public const int MaxAttempts = 8;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(2);
    private readonly string name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            bool ranOne;
            try { ranOne = await RunNextAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception error)
            {
                logger.LogError(error, "The job worker could not claim a job");
                ranOne = false;
            }
            if (!ranOne) await Task.Delay(IdleWait, clock, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }

    /// <summary>Claims and runs one due job; false when none was due. Public so tests can drive the queue.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var job = await services.GetRequiredService<JobClaimer>().ClaimNextAsync(name, cancellationToken);
        if (job is null) return false;

        var db = services.GetRequiredService<AppDbContext>();
        var handler = services.GetServices<IJobHandler>().FirstOrDefault(h => h.Kind == job.Kind);
        try
        {
            if (handler is null) throw new InvalidOperationException($"No handler for jobs of kind '{job.Kind}'.");
            await handler.HandleAsync(job.Payload, cancellationToken);
            job.CompletedAt = clock.GetUtcNow();
            job.LockedUntil = null;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning(error, "Job {JobId} of kind {Kind} failed on attempt {Attempt}", job.Id, job.Kind, job.Attempts);
            job.LastError = error.Message.Length > 4000 ? error.Message[..4000] : error.Message;
            job.LockedUntil = null;
            if (job.Attempts >= MaxAttempts) job.FailedAt = clock.GetUtcNow();
            else job.RunAfter = clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Pow(2, job.Attempts) * 5);
        }
        db.Attach(job).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
