namespace OpenCommissioning.Harvesting;

public sealed record HarvestRunOutcome(bool Ran, DateTimeOffset? HeldUntil = null);

/// <summary>
/// Reads a source page by page until it is caught up or the run's time is spent. Each page is one unit of work
/// (<see cref="PageHarvest"/>), so a run killed mid-page resumes from the last saved page, and a page read twice adds
/// nothing; the run itself is taken and ended by <see cref="HarvestRunBookkeeping"/>, so two runs never read one source.
/// </summary>
public sealed class Harvester
{
    /// <summary>Long enough to outlast Contracts Finder's rate-limit waits; a run that dies frees the source after it.</summary>
    public static readonly TimeSpan HoldLength = TimeSpan.FromMinutes(30);

    private readonly HarvestRunBookkeeping bookkeeping;
    private readonly PageHarvest pages;
    private readonly TimeProvider clock;
    private readonly IConfiguration configuration;
    private readonly ILogger<Harvester> logger;

    public Harvester(IServiceScopeFactory scopes, PortalClient portal, HarvestObserver observer, TimeProvider clock,
        IConfiguration configuration, ILogger<Harvester> logger)
    {
        bookkeeping = new HarvestRunBookkeeping(scopes, clock);
        pages = new PageHarvest(scopes, portal, observer, clock);
        (this.clock, this.configuration, this.logger) = (clock, configuration, logger);
    }

    private TimeSpan Budget => TimeSpan.FromMinutes(configuration.GetValue("Harvesting:RunMinutes", 4.0));

    public async Task<HarvestRunOutcome> RunAsync(Guid sourceId, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        if (await bookkeeping.TakeAsync(sourceId, started, cancellationToken) is { } heldUntil) return new(false, heldUntil);

        var tally = new PageTally();
        var readThisRun = new HashSet<string>(StringComparer.Ordinal);
        var continues = false;
        string? error = null;
        try
        {
            await using var ahead = new PageReadAhead();
            var done = false;
            while (!done)
            {
                if (clock.GetUtcNow() - started > Budget) { continues = true; break; }
                done = await pages.ReadNextAsync(sourceId, tally, readThisRun, ahead, cancellationToken);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever broke, the pages committed so far stand and the page that broke was rolled back with its releases.
            error = failure.Message;
            logger.LogWarning(failure, "Harvest of source {SourceId} stopped", sourceId);
        }
        await bookkeeping.EndAsync(sourceId, tally, continues, error, cancellationToken);
        return new(true);
    }
}
