using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Demo;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Platform;

/// <summary>Demo people have public passwords, so they exist only in the embedded mode.</summary>
public class DemoDataTests
{
    private sealed class PostgresAskingForDemo : ServiceFactory
    {
        public PostgresAskingForDemo() => Settings["Demo:Seed"] = "true";
    }

    private sealed class EmbeddedWithDemo : ServiceFactory
    {
        public EmbeddedWithDemo() : base(DatabaseMode.Embedded) => Settings["Demo:Seed"] = "true";
    }

    [Fact]
    public async Task Postgres_IsNeverSeededEvenWhenAsked()
    {
        using var service = new PostgresAskingForDemo();

        var accounts = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.CountAsync());

        Assert.Equal(0, accounts);
    }

    [Fact]
    public async Task Embedded_IsSeededOnceWithTheDemoSignInsAndNotices()
    {
        using var service = new EmbeddedWithDemo();

        var emails = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.Select(u => u.Email!).ToListAsync());
        var releases = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<StoredRelease>().CountAsync());
        await service.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());
        var afterSecondSeed = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.CountAsync());

        Assert.Equal(DemoData.SignIns.Select(s => s.Email).Order(), emails.Order());
        Assert.True(releases > 96, $"Only {releases} demo releases were published.");
        Assert.Equal(emails.Count, afterSecondSeed);
    }
}
