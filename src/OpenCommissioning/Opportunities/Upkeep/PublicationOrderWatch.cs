using Microsoft.Extensions.Options;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Opportunities.Upkeep;

/// <summary>
/// Warns in the log when the search table is out of publication order: once at start-up, then whenever it drifts out
/// again. Statistics change only when PostgreSQL analyses the table, which autovacuum does after a large import or
/// harvest has changed a tenth of it, so looking every hour notices those without a hook in the importers.
/// </summary>
public sealed class PublicationOrderWatch(IServiceScopeFactory scopes, DatabaseInfo database, IOptions<PublicationOrderOptions> options,
    ILogger<PublicationOrderWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!database.IsPostgres) return;
        await Task.Yield(); // start-up goes on while the first look waits for the database
        PublicationOrderState? last = null;
        using var timer = new PeriodicTimer(options.Value.LookEvery);
        do last = await LookAsync(last, stoppingToken);
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Looks once, logging a warning when the table has drifted out of order since <paramref name="last"/>.</summary>
    public async Task<PublicationOrderState?> LookAsync(PublicationOrderState? last, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var upkeep = scope.ServiceProvider.GetRequiredService<SearchTableUpkeep>();
            if (await upkeep.ReadAsync(cancellationToken) is not { } reading) return PublicationOrderState.NotApplicable;
            var state = reading.Judge(options.Value);
            if (state == PublicationOrderState.OutOfOrder && last != PublicationOrderState.OutOfOrder)
                logger.LogWarning("The search table is out of publication order ({Reading}), so searches by relevance are slower. " +
                    "Run the reorder-search command (it locks the table while it runs) to put it back in order.", reading.Describe());
            else if (state == PublicationOrderState.InOrder && last == PublicationOrderState.OutOfOrder)
                logger.LogInformation("The search table is back in publication order ({Reading}).", reading.Describe());
            return state;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The readiness check reports an unreachable database; this watch only has something to add when it is up.
            logger.LogDebug(error, "Could not read the order of the search table.");
            return last;
        }
    }
}
