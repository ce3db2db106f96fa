using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Platform;

/// <summary>Each provider's migrations must describe today's model: a change without a migration fails here.</summary>
public class MigrationsTests
{
    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqliteAppDbContext -o Platform/Data/Migrations/Sqlite");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void PostgresMigrations_MatchTheModel()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context PostgresAppDbContext -o Platform/Data/Migrations/Postgres");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public async Task PostgresMigrations_ApplyToAnEmptyDatabase()
    {
        using var service = new ServiceFactory();

        var applied = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Database.GetAppliedMigrationsAsync());

        Assert.Equal(new PostgresDesignTimeFactory().CreateDbContext([]).Database.GetMigrations(), applied);
    }
}
