using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Harvesting;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Jobs;
using OpenCommissioning.Search.Bench;

namespace OpenCommissioning.Harvest.Bench;

// bench/harvest/run [--releases N]: see bench/README.md.
internal static class Benchmark
{
    public static async Task<int> Main(string[] args)
    {
        var releases = Options.Releases(args);
        var repository = Directory.GetCurrentDirectory();
        if (!Directory.Exists(Path.Combine(repository, "src", "OpenCommissioning")))
            throw new InvalidOperationException("Run this from the repository's root folder (bench/harvest/run does).");
        var loadBefore = Report.LoadAverage();

        Console.WriteLine("Starting PostgreSQL…");
        using var postgres = LocalPostgres.Start();
        await ServiceProcess.MigrateAsync(repository, postgres.ConnectionString);

        var port = LocalPostgres.FreePort();
        Console.WriteLine($"Building a feed of {releases:N0} releases…");
        var feed = Feed.Build(repository, releases, page => FeedServer.PageUrl(port, page));
        await using var server = await FeedServer.StartAsync(port, feed);
        Console.WriteLine($"{feed.Pages.Count:N0} pages, {feed.Bytes / 1e6:N0} MB, {feed.Invalid:N0} broken on purpose.");

        await using var service = new BenchService(repository, postgres.ConnectionString);
        var services = service.Services;

        // Warm both paths' code up on the first pages so that neither pass pays for the JIT alone.
        await Passes.FloorAsync(port, feed.Pages.Count, limit: 20);
        Console.WriteLine("Floor: downloading and parsing every page…");
        var floor = await Passes.FloorAsync(port, feed.Pages.Count);
        Console.WriteLine("Reading every page with the harvester's PortalClient and validating each release…");
        var read = await Passes.ReadAsync(services.GetRequiredService<PortalClient>(), port, feed.Pages.Count);

        var source = new HarvestSource
        {
            Name = "Benchmark feed", Kind = HarvestSourceKind.OcdsReleasePackages, BaseUrl = FeedServer.PageUrl(port, 1),
            StartDate = DateOnly.FromDateTime(DateTime.UtcNow), EveryMinutes = 60, CreatedAt = DateTimeOffset.UtcNow,
        };
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(source);
            await db.SaveChangesAsync();
        }

        Console.WriteLine("Harvesting the feed into PostgreSQL…");
        using var timings = new DatabaseTimings { Enabled = true };
        var harvesting = Stopwatch.StartNew();
        var outcome = await services.GetRequiredService<Harvester>().RunAsync(source.Id, CancellationToken.None);
        harvesting.Stop();
        timings.Enabled = false;

        Counts counts;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var stored = db.Set<StoredRelease>().AsNoTracking().Where(r => r.Source == source.Name);
            var after = await db.Set<HarvestSource>().AsNoTracking().SingleAsync(s => s.Id == source.Id);
            counts = new Counts(
                await stored.CountAsync(),
                await stored.Select(r => new { r.Ocid, r.ReleaseId }).Distinct().CountAsync(),
                await db.Set<QuarantinedRelease>().CountAsync(q => q.Source == source.Name),
                await db.Set<Job>().CountAsync(j => j.Kind == ReleaseStore.ReleaseAddedJob),
                after.PagesRead, after.LastRunOutcome ?? "");
        }

        var facts = new RunFacts(releases, feed.Invalid, feed.Pages.Count, feed.Bytes, loadBefore, Report.LoadAverage(), outcome.Ran,
            string.Join(", ", service.Waits.Asked.Select(w => $"{w.Value:N0} {w.Key}")),
            $"{feed.SamplesUsed} of the {feed.Samples} Contracts Finder sample releases (the others fail validation as published)");
        var report = Report.Write(facts, floor, read, harvesting.Elapsed, timings, service.Pages, counts);
        Console.WriteLine();
        Console.WriteLine(report);
        var results = Path.Combine(repository, "bench", "harvest", releases == 100_000 ? "results.md" : $"results-{releases}.md");
        await File.WriteAllTextAsync(results, report);
        Console.WriteLine($"Written to {Path.GetRelativePath(repository, results)}");
        return counts.Stored == releases - feed.Invalid && counts.Distinct == counts.Stored && counts.Quarantined == feed.Invalid ? 0 : 1;
    }
}

internal static class Options
{
    public static int Releases(string[] args)
    {
        if (args.Length == 0) return 100_000;
        if (args.Length == 2 && args[0] == "--releases" && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            return n;
        throw new ArgumentException("Use --releases N (a whole number above 0), or nothing for 100,000.");
    }
}
