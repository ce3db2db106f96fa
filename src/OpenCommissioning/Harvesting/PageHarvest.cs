using System.Text.Json.Nodes;
using OpenCommissioning.OpenData;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Harvesting;

/// <summary>
/// One page of a run, as one unit of work: its releases (through the release store), its quarantined releases, the
/// new position and the source's figures are saved together or not at all. While a page is written, the page its
/// links.next names is read and validated ahead (<see cref="PageReadAhead"/>), so our work overlaps the database's.
/// </summary>
internal sealed class PageHarvest(IServiceScopeFactory scopes, PortalClient portal, HarvestObserver observer, TimeProvider clock)
{
    /// <summary>Reads, stores and commits the source's next page; true when the source has nothing more to read this run.</summary>
    /// <param name="readThisRun">
    /// The addresses of the pages this run has read, so a links.next that leads back to one of them ends the chain
    /// rather than going round it until the run's time is spent, run after run.
    /// </param>
    public async Task<bool> ReadNextAsync(Guid sourceId, PageTally tally, ISet<string> readThisRun, PageReadAhead ahead,
        CancellationToken cancellationToken)
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
        var offers = await OfferAsync(intake, source, page, checks, cancellationToken);
        if (page.Repair is not null) db.Add(new HarvestProblem { SourceId = source.Id, At = now, Message = $"{url}: {page.Repair}" });

        readThisRun.Add(url.ToString());
        // A page naming itself is the usual last page; one naming an earlier page is a loop in the portal's paging.
        var loopsBack = page.Next is { } named && named != url.ToString() && readThisRun.Contains(named);
        if (loopsBack)
            db.Add(new HarvestProblem { SourceId = source.Id, At = now, IsError = true,
                Message = $"{url}: its next link leads back to {page.Next}, a page already read in this run, so the run stopped following it." });
        var done = HarvestPosition.Advance(source, behaviour, loopsBack ? page with { Next = null } : page, url, windowFrom, windowTo, now);
        source.PagesRead++;
        source.RunHeldUntil = clock.GetUtcNow() + Harvester.HoldLength;
        // Following links.next the next page is known already: read and check it while this one is written.
        if (!done && source.NextPageUrl is { } following)
            ahead.Start(new Uri(following), (nextUrl, token) => ReadAndCheckAsync(kind, behaviour, nextUrl, token), cancellationToken);
        await SaveAsync(db, intake, source, offers, tally, cancellationToken);
        return done;
    }

    /// <summary>Offers each of the page's releases (and quarantines what it refused) in the page's unit of work, nothing yet written.</summary>
    private async Task<List<(JsonNode? Release, IntakeOutcome Outcome)>> OfferAsync(ReleaseIntake intake, HarvestSource source,
        HarvestPage page, IReadOnlyList<ReleaseCheck?> checks, CancellationToken cancellationToken)
    {
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
        return offers;
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
            ? portal.FetchAsync(url, behaviour, (_, body, token) => GrantPages.ReadAsync(body, token), cancellationToken)
            : portal.ReadPageAsync(url, behaviour, cancellationToken);
}
