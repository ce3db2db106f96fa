using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Harvesting;

public sealed record HarvestRunOutcome(bool Ran, DateTimeOffset? HeldUntil = null);

/// <summary>
/// Reads a source page by page. Each page is one unit of work: its releases (through the release store), its
/// quarantined releases, the new position and the source's figures are saved together, so a run killed mid-page
/// resumes from the last saved page, and a page read twice adds nothing. While a page is written, the page its
/// links.next names is read and validated ahead (<see cref="PageReadAhead"/>), so our work overlaps the database's.
/// </summary>
public sealed class Harvester(IServiceScopeFactory scopes, PortalClient portal, HarvestObserver observer, TimeProvider clock,
    IConfiguration configuration, ILogger<Harvester> logger)
{
    /// <summary>Long enough to outlast Contracts Finder's rate-limit waits; a run that dies frees the source after it.</summary>
    public static readonly TimeSpan HoldLength = TimeSpan.FromMinutes(30);
    private const int ProblemsKept = 20;

    private TimeSpan Budget => TimeSpan.FromMinutes(configuration.GetValue("Harvesting:RunMinutes", 4.0));

    public async Task<HarvestRunOutcome> RunAsync(Guid sourceId, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        if (await HoldAsync(sourceId, started, cancellationToken) is { } heldUntil) return new(false, heldUntil);

        var tally = new PageTally();
        var continues = false;
        string? error = null;
        try
        {
            await using var ahead = new PageReadAhead();
            var done = false;
            while (!done)
            {
                if (clock.GetUtcNow() - started > Budget) { continues = true; break; }
                done = await ReadNextPageAsync(sourceId, tally, ahead, cancellationToken);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever broke, the pages committed so far stand and the page that broke was rolled back with its releases.
            error = failure.Message;
            logger.LogWarning(failure, "Harvest of source {SourceId} stopped", sourceId);
        }
        await EndRunAsync(sourceId, tally, continues, error, cancellationToken);
        return new(true);
    }

    /// <summary>Takes the source for this run in one statement; returns when the current hold lapses if another run has it.</summary>
    private async Task<DateTimeOffset?> HoldAsync(Guid sourceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var until = now + HoldLength;
        var taken = await db.Set<HarvestSource>()
            .Where(s => s.Id == sourceId && (s.RunHeldUntil == null || s.RunHeldUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RunHeldUntil, until).SetProperty(s => s.LastRunStartedAt, now), cancellationToken);
        if (taken == 1) return null;
        return await db.Set<HarvestSource>().Where(s => s.Id == sourceId).Select(s => s.RunHeldUntil).SingleOrDefaultAsync(cancellationToken) ?? now;
    }

    /// <summary>Reads, stores and commits one page; true when the source has nothing more to read this run.</summary>
    private async Task<bool> ReadNextPageAsync(Guid sourceId, PageTally tally, PageReadAhead ahead, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var source = await db.Set<HarvestSource>().SingleOrDefaultAsync(s => s.Id == sourceId, cancellationToken);
        if (source is null || source.Paused) return true;

        var behaviour = PortalBehaviour.For(source.Kind);
        var now = clock.GetUtcNow();
        var windowFrom = source.WindowFrom ?? new DateTimeOffset(source.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var windowTo = behaviour.WindowEnd(windowFrom, now);
        var url = source.NextPageUrl is { } next ? new Uri(next) : behaviour.WindowUrl(source.BaseUrl, windowFrom, windowTo);
        var kind = source.Kind;
        var waiting = clock.GetTimestamp();
        var (page, checks) = await ahead.TakeAsync(url) ?? await ReadAndCheckAsync(kind, behaviour, url, cancellationToken);
        observer.PageReady(source, clock.GetElapsedTime(waiting));

        var intake = services.GetRequiredService<ReleaseIntake>();
        intake.DeferWrites();
        await intake.LookUpAsync(page.Releases, source.Name, cancellationToken);
        var offers = new List<(JsonNode? Release, IntakeOutcome Outcome)>(page.Releases.Count + page.Refused.Count);
        for (var i = 0; i < page.Releases.Count; i++)
        {
            var release = page.Releases[i];
            var outcome = await intake.OfferAsync(release, page.Extensions, source.Name, page.PublisherName, checks[i], cancellationToken);
            observer.ReleaseOffered(source, outcome);
            offers.Add((release, outcome));
        }
        foreach (var refused in page.Refused)
            offers.Add((null, await intake.QuarantineAsync(source.Name, refused.Raw, refused.Problems, cancellationToken)));
        if (page.Repair is not null) db.Add(new HarvestProblem { SourceId = source.Id, At = now, Message = $"{url}: {page.Repair}" });

        var done = HarvestPosition.Advance(source, behaviour, page, url, windowFrom, windowTo, now);
        source.PagesRead++;
        source.RunHeldUntil = clock.GetUtcNow() + HoldLength;
        // Following links.next the next page is known already: read and check it while this one is written.
        if (!done && source.NextPageUrl is { } following)
            ahead.Start(new Uri(following), (next, token) => ReadAndCheckAsync(kind, behaviour, next, token), cancellationToken);
        await SaveAsync(db, intake, source, offers, tally, cancellationToken);
        return done;
    }

    /// <summary>
    /// Writes the page's releases, then saves the source's figures counted from what that write really stored (a
    /// release another writer stored since the look-up is not added by this page), all in one transaction.
    /// </summary>
    private static async Task SaveAsync(AppDbContext db, ReleaseIntake intake, HarvestSource source,
        IReadOnlyList<(JsonNode? Release, IntakeOutcome Outcome)> offers, PageTally tally, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var written = await intake.WriteAsync(cancellationToken);
        foreach (var (release, outcome) in offers) tally.Count(source, written.OutcomeOf(release, outcome), release);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        tally.PageCommitted();
    }

    private async Task<CheckedPage> ReadAndCheckAsync(HarvestSourceKind kind, PortalBehaviour behaviour, Uri url, CancellationToken cancellationToken) =>
        CheckedPage.Of(await ReadAsync(kind, behaviour, url, cancellationToken));

    private Task<HarvestPage> ReadAsync(HarvestSourceKind kind, PortalBehaviour behaviour, Uri url, CancellationToken cancellationToken) =>
        kind == HarvestSourceKind.ThreeSixtyGiving
            ? portal.FetchAsync(url, behaviour, async r => await GrantPages.ReadAsync(await r.Content.ReadAsStreamAsync(cancellationToken), cancellationToken), cancellationToken)
            : portal.ReadPageAsync(url, behaviour, cancellationToken);

    private async Task EndRunAsync(Guid sourceId, PageTally tally, bool continues, string? error, CancellationToken cancellationToken)
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
