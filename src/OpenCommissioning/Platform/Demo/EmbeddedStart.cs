using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Platform.Demo;

/// <summary>The embedded mode prepares itself: it migrates its SQLite file and, the first time, adds demo data.</summary>
public static class EmbeddedStart
{
    public static async Task PrepareAsync(IServiceProvider services, IConfiguration configuration)
    {
        await DatabaseMigrator.MigrateAsync(services);
        if (!configuration.GetValue("Demo:Seed", true)) return;
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
    }
}
