using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Harvesting;
using OpenCommissioning.OpenData;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;
using static OpenCommissioning.Tests.Harvesting.RecordedPages;

namespace OpenCommissioning.Tests.Harvesting;

/// <summary>The page's set-based write on SQLite, whose dates are stored as ticks through a converter.</summary>
public class PageWriteSqliteTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    private Task<IReadOnlyList<IntakeOutcome>> OfferPageAsync(IReadOnlyList<JsonObject> releases, string source) => service.WithScopeAsync(async s =>
    {
        var intake = s.GetRequiredService<ReleaseIntake>();
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
}
