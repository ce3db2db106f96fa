using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpenCommissioning.Opportunities.Upkeep;

/// <summary>
/// Part of <c>/health/ready</c>: degraded, never unhealthy, when the search table has drifted out of publication
/// order, since searches by relevance still answer, only slower. The public response is the one word the other
/// checks give; the figures go in the description, which only a detailed health writer or the log would show.
/// </summary>
public sealed class PublicationOrderCheck(SearchTableUpkeep upkeep) : IHealthCheck
{
    public const string Name = "search table order";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        PublicationOrderReading? reading;
        try { reading = await upkeep.ReadAsync(cancellationToken); }
        catch (Exception error) when (error is DbException or InvalidOperationException)
        {
            // The database check already says the database cannot be reached; an error logged here on every probe
            // during an outage would add nothing.
            return HealthCheckResult.Healthy("Could not read the order of the search table.");
        }
        if (reading is null) return HealthCheckResult.Healthy("Not applicable in the embedded mode.");
        return reading.Judge(upkeep.Options) == PublicationOrderState.OutOfOrder
            ? HealthCheckResult.Degraded($"The search table is out of publication order ({reading.Describe()}); run the reorder-search command.")
            : HealthCheckResult.Healthy(reading.Describe());
    }
}
