using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Jobs;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Platform;

/// <summary>The embedded mode: the same behaviour on SQLite where the providers could differ.</summary>
public class SqliteModeTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    [Fact]
    public async Task EmbeddedMode_MigratesItsOwnDatabaseAndIsReady()
    {
        var response = await service.CreateBrowser().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DatabaseMode.Embedded, service.Services.GetRequiredService<DatabaseInfo>().Mode);
    }

    [Fact]
    public async Task Register_SendsTheConfirmationEmailThroughTheQueue()
    {
        var browser = service.CreateBrowser();
        var page = await HtmlPage.GetAsync(browser, "/register");
        await page.SubmitAsync(browser, new Dictionary<string, string>
            { ["FullName"] = "Sqlite Person", ["Email"] = "sqlite@example.org", ["Password"] = TestPeople.Password, ["ConfirmPassword"] = TestPeople.Password });

        var link = await service.Mailbox.LinkAsync("sqlite@example.org", "Confirm your email address");

        Assert.StartsWith("/confirm-email?account=", link);
    }

    [Fact]
    public async Task Jobs_AreClaimedInOrderOnSqliteToo()
    {
        await service.WithScopeAsync(async s =>
        {
            var queue = s.GetRequiredService<JobQueue>();
            queue.Enqueue("test.sqlite", 1);
            queue.Enqueue("test.sqlite", 2, delay: TimeSpan.FromHours(1));
            await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });

        var first = await service.WithScopeAsync(s => s.GetRequiredService<JobClaimer>().ClaimNextAsync("w", CancellationToken.None));
        var second = await service.WithScopeAsync(s => s.GetRequiredService<JobClaimer>().ClaimNextAsync("w", CancellationToken.None));

        Assert.Equal("1", first!.Payload);
        Assert.True(second is null || second.Kind != "test.sqlite");
    }
}
