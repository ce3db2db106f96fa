using Microsoft.EntityFrameworkCore;

namespace OpenCommissioning.Platform.Data;

/// <summary>
/// Applies migrations. The embedded mode does it on start; production runs <c>OpenCommissioning migrate</c> as a
/// deployment step so that several instances never race to change the schema.
/// </summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
