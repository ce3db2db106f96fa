using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Harvesting;
using OpenCommissioning.OpenData;
using OpenCommissioning.OpenData.Bulk;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Jobs;
using static OpenCommissioning.Tests.Harvesting.RecordedPages;

namespace OpenCommissioning.Tests.Harvesting;

/// <summary>
/// A page whose release is stored by a different writer between the page's look-up and its INSERT: another portal
/// harvested at the same time, or the service's own publishing. Run on both databases (the subclasses below).
/// </summary>
public abstract class OtherSourceRaceTests(HarvestServiceFactory service)
{
    private const string PageSource = "Raced page portal";

    [Theory]
    [InlineData("Rival portal", 1971)]
    [InlineData(null, 1972)]
    public async Task Harvest_WhenAnotherSourceStoresAReleaseAfterTheLookUp_StoresItOnceAndCountsOnlyWhatThePageStored(string? otherSource, int year)
    {
        // Each release in a month of its own, the raced one the newest, so the months and the newest date tell who stored what.
        var releases = Fresh(3, $"other-source-{year}");
        string[] dates = [$"{year}-01-15T09:00:00Z", $"{year}-03-15T09:00:00Z", $"{year}-02-15T09:00:00Z"];
        for (var i = 0; i < releases.Count; i++) releases[i]["date"] = dates[i];
        var raced = releases[1];
        var ocids = releases.Select(Ocid).ToList();
        await using var portal = await ReplayServer.StartAsync();
        portal.On("/page", Reply.Json(Package(releases)));
        var source = await service.AddSourceAsync($"{PageSource} {year}", HarvestSourceKind.OcdsReleasePackages, portal.Url("/page"));
        var offered = 0;
        service.Observer.OnOffered = (_, _) =>
        {
            if (++offered == releases.Count) Task.Run(() => StoreAsync(raced, otherSource)).GetAwaiter().GetResult();
        };

        try { await service.HarvestAsync(source.Id); }
        finally { service.Observer.OnOffered = null; }

        var after = await service.SourceAsync(source.Id);
        Assert.Equal("Read 1 page: 2 added, 1 already stored, 0 quarantined.", after.LastRunOutcome);
        Assert.Equal((2, 1, 0, 1), (after.ReleasesAdded, after.ReleasesAlreadyStored, after.ReleasesQuarantined, after.PagesRead));
        Assert.Equal(DateTimeOffset.Parse(dates[2]), after.NewestReleaseDate);
        var stored = await service.StoredWithOcidsAsync(ocids);
        Assert.Equal(ocids.Order(), stored.Select(r => r.Ocid).Order());
        Assert.Equal(otherSource, stored.Single(r => r.Ocid == Ocid(raced)).Source);
        Assert.All(stored.Where(r => r.Ocid != Ocid(raced)), r => Assert.Equal(source.Name, r.Source));
        // The page's portal offered all three, so each has its sighting; the raced one was seen by both portals
        // (the page's sighting is dated when the page read it, which was before the other writer stored it).
        var sightings = await service.WithScopeAsync(s => s.GetRequiredService<ReleaseStore>().SourcesOfAsync(ocids));
        Assert.Equal(ocids.Order(), sightings.Where(x => x.Source == source.Name).Select(x => x.Ocid).Order());
        Assert.Equal((otherSource is null ? [source.Name] : new[] { otherSource, source.Name }).Order(),
            sightings.Where(x => x.Ocid == Ocid(raced)).Select(x => x.Source).Order());
        Assert.Empty(await service.QuarantinedFromAsync(source.Name));
        Assert.DoesNotContain(await service.ProblemsOfAsync(source.Id), p => p.IsError);

        // The page announces its two releases and its new sighting of the raced one (its notice now lists this
        // portal too); the other writer announced the raced release itself.
        var announced = (await JobsAsync(ReleaseStore.ReleaseAddedJob, ocids))
            .Select(j => JsonSerializer.Deserialize<ReleaseAdded>(j.Payload)!.Processes().Order().ToList()).OrderBy(o => o.Count).ToList();
        Assert.Equal([[Ocid(raced)], ocids.Order().ToList()], announced);
        // Each month's bulk file is rewritten once: the raced release's month by the writer that stored it, not again by the page.
        var months = (await JobsAsync(BulkFileJob.JobKind, [$"\"{year}-"]))
            .Select(j => JsonSerializer.Deserialize<BulkMonth>(j.Payload)!.Month).Order().ToList();
        Assert.Equal([$"{year}-01", $"{year}-02", $"{year}-03"], months);
    }

    /// <summary>Stores the release as the other writer does, in its own unit of work: a harvest's or the publishing pipeline's.</summary>
    private Task StoreAsync(JsonObject release, string? otherSource) => service.WithScopeAsync(async s =>
    {
        var result = await s.GetRequiredService<ReleaseStore>().AddAsync(release, Extensions, otherSource);
        Assert.Equal(ReleaseOutcome.Added, result.Outcome);
        await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
    });

    private Task<List<Job>> JobsAsync(string kind, IReadOnlyList<string> anyOf) => service.WithScopeAsync(async s =>
    {
        var jobs = await s.GetRequiredService<AppDbContext>().Set<Job>().AsNoTracking().Where(j => j.Kind == kind).ToListAsync();
        return jobs.Where(j => anyOf.Any(j.Payload.Contains)).ToList();
    });
}

public sealed class OtherSourceRacePostgresTests(HarvestServiceFactory service)
    : OtherSourceRaceTests(service), IClassFixture<HarvestServiceFactory>;

public sealed class OtherSourceRaceSqliteTests(SqliteHarvestServiceFactory service)
    : OtherSourceRaceTests(service), IClassFixture<SqliteHarvestServiceFactory>;
