using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Jobs;

namespace OpenCommissioning.Opportunities.Alerts;

/// <summary>
/// Tells instant saved searches of the notices that changed since the last run, a batch at a time: the batch's
/// rows are read once, the keywords of every search are tested against them in one query, and the other filters
/// run in memory — so the cost grows with notices plus searches, not their product. Any job of this kind does
/// all the work due; the others then find nothing. A notice leaves the queue only after its emails are queued.
/// </summary>
public sealed class InstantAlertsJob(AppDbContext db, OpportunitySearch search, KeywordIndex keywords, AlertSender sender) : IJobHandler
{
    public const int BatchSize = 500;

    public string Kind => AlertScheduler.InstantJob;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        List<(SavedSearch Saved, OpportunityQuery Query)>? searches = null;
        while (true)
        {
            var batch = await db.Set<Opportunity>().AsNoTracking().Where(o => o.AlertsDueAt != null)
                .OrderBy(o => o.AlertsDueAt).ThenBy(o => o.Ocid).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) return;
            searches ??= (await db.Set<SavedSearch>().AsNoTracking().Where(s => s.Frequency == AlertFrequency.Instant)
                .OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken))
                .Select(s => (s, OpportunityQueryString.Parse(s.QueryString).Query)).ToList();
            await TellAsync(searches, batch, cancellationToken);
            await MarkDoneAsync(batch, cancellationToken);
            if (batch.Count < BatchSize) return;
        }
    }

    private async Task TellAsync(List<(SavedSearch Saved, OpportunityQuery Query)> searches, List<Opportunity> batch,
        CancellationToken cancellationToken)
    {
        var keywordList = searches.Select(s => s.Query.Keywords).OfType<string>().Where(k => k.Trim().Length > 0).Distinct().ToList();
        var hits = (await keywords.HitsAsync(keywordList, batch.Select(o => o.Ocid).ToList(), cancellationToken))
            .Select(h => (keywordList[h.Position], h.Ocid)).ToHashSet();
        var inOrder = batch.OrderBy(o => o.FirstIndexedAt).ThenBy(o => o.Ocid).ToList().AsQueryable();
        foreach (var (saved, query) in searches)
        {
            var matches = search.Filtered(inOrder, query).Where(o => o.FirstIndexedAt >= saved.CreatedAt).ToList();
            if (!string.IsNullOrWhiteSpace(query.Keywords))
                matches = matches.Where(o => hits.Contains((query.Keywords, o.Ocid))).ToList();
            foreach (var chunk in matches.Chunk(AlertSender.MaxNoticesPerEmail))
                await sender.SendNewsAsync(saved, chunk, cancellationToken);
        }
    }

    /// <summary>
    /// Takes the batch off the queue, except notices that changed again while it ran: their new change is due.
    /// </summary>
    private async Task MarkDoneAsync(List<Opportunity> batch, CancellationToken cancellationToken)
    {
        foreach (var notice in batch)
        {
            var due = notice.AlertsDueAt;
            await db.Set<Opportunity>().Where(o => o.Ocid == notice.Ocid && o.AlertsDueAt == due)
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.AlertsDueAt, (DateTimeOffset?)null), cancellationToken);
        }
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
