using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Harvesting;
using OpenCommissioning.OpenData;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Jobs;
using OpenCommissioning.Tests.Harness;
using static OpenCommissioning.Tests.Harvesting.RecordedPages;

namespace OpenCommissioning.Tests.Harvesting;

/// <summary>The page's set-based write on SQLite, whose dates are stored as ticks through a converter.</summary>
public class PageWriteSqliteTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    private Task<IReadOnlyList<IntakeOutcome>> OfferPageAsync(IReadOnlyList<JsonObject> releases, string source) => service.WithScopeAsync(async s =>
    {
        var intake = s.GetRequiredService<ReleaseIntake>();
        intake.DeferWrites();
        await intake.LookUpAsync(releases, source, CancellationToken.None);
        var outcomes = new List<IntakeOutcome>();
        foreach (var release in releases) outcomes.Add(await intake.OfferAsync(release, Extensions, source, null, CancellationToken.None));
        await intake.SaveAsync(CancellationToken.None);
        return (IReadOnlyList<IntakeOutcome>)outcomes;
    });

    [Fact]
    public async Task Save_APageOnSqlite_StoresEachReleaseOnceWithItsDateAndRefreshesTheirNotices()
    {
        var releases = Fresh(2, "sqlite-page");

        var first = await OfferPageAsync([releases[0], releases[1], releases[0]], "Sqlite portal");
        var again = await OfferPageAsync(releases, "Sqlite portal");
        await service.RunJobsAsync();

        Assert.Equal(new[] { IntakeOutcome.Added, IntakeOutcome.Added, IntakeOutcome.AlreadyStored }, first);
        Assert.Equal(new[] { IntakeOutcome.AlreadyStored, IntakeOutcome.AlreadyStored }, again);
        var stored = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<StoredRelease>().AsNoTracking()
            .Where(r => r.Source == "Sqlite portal").OrderBy(r => r.Sequence).ToListAsync());
        Assert.Equal(releases.Select(Ocid), stored.Select(r => r.Ocid));
        Assert.Equal(DateTimeOffset.Parse((string)releases[0]["date"]!), stored[0].Date);
        foreach (var release in releases)
            Assert.NotNull(await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Opportunity>().FindAsync(Ocid(release)).AsTask()));
    }

    [Fact]
    public async Task Save_WhenAnotherWriterStoresAReleaseAfterTheLookUp_ReportsItAlreadyStoredAndDoesNotAnnounceIt()
    {
        var releases = Fresh(3, "sqlite-raced");

        var (offered, counted) = await service.WithScopeAsync(async s =>
        {
            var intake = s.GetRequiredService<ReleaseIntake>();
            intake.DeferWrites();
            await intake.LookUpAsync(releases, "Raced sqlite portal", CancellationToken.None);
            var offered = new List<IntakeOutcome>();
            foreach (var release in releases) offered.Add(await intake.OfferAsync(release, Extensions, "Raced sqlite portal", null, CancellationToken.None));
            // A second connection stores one of the page's releases between the look-up and the page's INSERT.
            await service.WithScopeAsync(async other =>
            {
                await other.GetRequiredService<ReleaseStore>().AddAsync(releases[1], Extensions, "Raced sqlite portal");
                await other.GetRequiredService<AppDbContext>().SaveChangesAsync();
            });
            var written = await intake.SaveAsync(CancellationToken.None);
            return (offered, releases.Zip(offered, written.OutcomeOf).ToList());
        });

        Assert.Equal(new[] { IntakeOutcome.Added, IntakeOutcome.Added, IntakeOutcome.Added }, offered);
        Assert.Equal(new[] { IntakeOutcome.Added, IntakeOutcome.AlreadyStored, IntakeOutcome.Added }, counted);
        var jobs = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Job>().AsNoTracking()
            .Where(j => j.Kind == ReleaseStore.ReleaseAddedJob && j.Payload.Contains("sqlite-raced")).ToListAsync());
        var announced = jobs.Select(j => JsonSerializer.Deserialize<ReleaseAdded>(j.Payload)!.Processes()).OrderBy(o => o.Count).ToList();
        Assert.Equal([[Ocid(releases[1])], new[] { Ocid(releases[0]), Ocid(releases[2]) }.Order().ToList()],
            announced.Select(o => o.Order().ToList()).ToList());
        var stored = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<StoredRelease>().AsNoTracking()
            .Where(r => r.Source == "Raced sqlite portal").Select(r => r.Ocid).ToListAsync());
        Assert.Equal(releases.Select(Ocid).Order(), stored.Order());
    }
}
