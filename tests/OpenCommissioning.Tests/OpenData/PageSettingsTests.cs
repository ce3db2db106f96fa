using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.OpenData.Api;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Tests.OpenData;

/// <summary>
/// A page is read with PostgreSQL's parallel workers off, for that page's transaction only: connections are pooled,
/// so a setting that outlived the page would slow every search that later borrows the connection.
/// </summary>
public class PageSettingsTests(OpenDataService service) : IClassFixture<OpenDataService>
{
    [Fact]
    public async Task PageAsync_OnPostgres_LeavesTheConnectionsParallelWorkersAsTheyWere()
    {
        var (before, after, read) = await service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();
            var before = await ParallelWorkersAsync(db);
            var page = await s.GetRequiredService<ReleaseFeed>().PageAsync(new ReleaseQuery { Limit = 5 });
            var after = await ParallelWorkersAsync(db);
            await db.Database.CloseConnectionAsync();
            return (before, after, page.Releases.Count);
        });

        Assert.Equal(5, read);
        Assert.NotEqual("0", before);
        Assert.Equal(before, after);
    }

    private static Task<string> ParallelWorkersAsync(AppDbContext db) =>
        db.Database.SqlQueryRaw<string>("SELECT current_setting('max_parallel_workers_per_gather') AS \"Value\"").SingleAsync();
}
