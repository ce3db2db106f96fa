using System.Text.Json;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Jobs;
using OpenCommissioning.Opportunities.Alerts;

namespace OpenCommissioning.Opportunities;

/// <summary>
/// Keeps the search projection in step with the release store: when a release is added, the notice's row is
/// rebuilt from the compiled release (several processes per job when a page was harvested), and instant alerts are asked to look at it.
/// </summary>
public sealed class RefreshOpportunity(AppDbContext db, ReleaseStore releases, KeywordIndex keywords,
    AlertScheduler alerts, NoticeMatching matching, TimeProvider clock) : IJobHandler
{
    public string Kind => ReleaseStore.ReleaseAddedJob;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        // A harvested page announces all its processes in one job; each is refreshed once, in its own transaction,
        // so a retry after a failure part-way repeats only work that is safe to repeat.
        var ocids = JsonSerializer.Deserialize<ReleaseAdded>(payload)?.Processes() ?? [];
        if (ocids.Count == 0) throw new InvalidOperationException("A release-added job had no ocid.");
        for (var i = 0; i < ocids.Count; i++)
        {
            // Each refresh commits its own work; starting the next from an empty tracker keeps it as cheap as a job
            // for one process (change detection would otherwise cover every notice refreshed before it).
            if (i > 0) db.ChangeTracker.Clear();
            await RefreshAsync(ocids[i], cancellationToken);
        }
    }

    public async Task RefreshAsync(string ocid, CancellationToken cancellationToken)
    {
        var stored = await releases.ReleasesOfAsync(ocid, cancellationToken);
        var compiled = await releases.CompiledReleaseAsync(ocid, cancellationToken);
        if (compiled is null) return;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var opportunity = await db.Set<Opportunity>().FindAsync([ocid], cancellationToken);
        if (opportunity is null)
        {
            opportunity = new Opportunity { Ocid = ocid, FirstIndexedAt = clock.GetUtcNow() };
            db.Add(opportunity);
        }
        OpportunityProjection.Apply(opportunity, compiled, stored);
        await matching.LinkAsync(opportunity, compiled, cancellationToken);
        opportunity.AlertsDueAt = clock.GetUtcNow();
        await keywords.UpdateAsync(opportunity, cancellationToken);
        alerts.NoticeChanged(ocid);
        await alerts.EnsureDailyRunAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
