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
        PrintSignIns(configuration);
    }

    private static void PrintSignIns(IConfiguration configuration)
    {
        Console.WriteLine();
        Console.WriteLine("OpenCommissioning is running in its embedded mode with demo data.");
        Console.WriteLine($"Demo sign-ins (password for each: \"{DemoData.Password}\"):");
        foreach (var (email, who) in DemoData.SignIns) Console.WriteLine($"  {email}  {who}");
        Console.WriteLine($"Authenticator key for the accounts that need one: {DemoData.AuthenticatorKey}");
        Console.WriteLine($"Emails are written to {Path.GetFullPath(configuration["Email:DropFolder"] ?? "data/emails")}");
        Console.WriteLine();
    }
}
