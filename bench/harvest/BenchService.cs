using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenCommissioning.Harvesting;

namespace OpenCommissioning.Harvest.Bench;

/// <summary>
/// The service's own composition (Program and its modules) in this process, over the benchmark's database, with
/// every harvesting pause skipped so that the figures are our code's and the database's, not politeness delays.
/// </summary>
public sealed class BenchService : WebApplicationFactory<Program>
{
    private readonly string connectionString;

    public BenchService(string repository, string connectionString)
    {
        this.connectionString = connectionString;
        // The factory looks for the service's content root beside a solution or test assembly; name it instead.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_OPENCOMMISSIONING", Path.Combine(repository, "src", "OpenCommissioning"));
    }

    public SkippedWaits Waits { get; } = new();
    public PageWaits Pages { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Postgres"] = connectionString,
            ["Jobs:RunInBackground"] = "false",
            ["Demo:Seed"] = "false",
            ["App:BaseUrl"] = "http://127.0.0.1",
            ["Email:Sender"] = "FileDrop",
            ["Email:DropFolder"] = Path.Combine(Path.GetTempPath(), "oc-bench-emails"),
            // One run reads the whole feed; the default budget of 4 minutes would split it into several runs.
            ["Harvesting:RunMinutes"] = "600",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<HarvestWaits>(Waits);
            services.AddSingleton<HarvestObserver>(Pages);
        });
    }
}

/// <summary>Counts the pauses the harvester asked for and takes none of them.</summary>
public sealed class SkippedWaits() : HarvestWaits(TimeProvider.System)
{
    public ConcurrentDictionary<WaitReason, int> Asked { get; } = new();

    public override Task WaitAsync(TimeSpan length, WaitReason reason, CancellationToken cancellationToken)
    {
        if (length > TimeSpan.Zero) Asked.AddOrUpdate(reason, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}

/// <summary>Adds up how long the harvest waited for its pages: the reading and checking the read-ahead did not hide.</summary>
public sealed class PageWaits : HarvestObserver
{
    private long ticks;
    public TimeSpan Waited => TimeSpan.FromTicks(Interlocked.Read(ref ticks));
    public int Pages { get; private set; }

    public override void PageReady(HarvestSource source, TimeSpan waited)
    {
        Interlocked.Add(ref ticks, waited.Ticks);
        Pages++;
    }
}
