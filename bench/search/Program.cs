using System.Diagnostics;
using System.Globalization;
using OpenCommissioning.Search.Bench;

// bench/search/run [--notices N] [--seconds S] [--passes P] [--hold]: see bench/README.md.
var options = Options.Parse(args);
var repository = Directory.GetCurrentDirectory();
if (!Directory.Exists(Path.Combine(repository, "src", "OpenCommissioning")))
    throw new InvalidOperationException("Run this from the repository's root folder (bench/search/run does).");
var today = DateTimeOffset.UtcNow.Date;
var loadBefore = LoadAverage();

Console.WriteLine("Starting PostgreSQL…");
using var postgres = LocalPostgres.Start();
await ServiceProcess.MigrateAsync(repository, postgres.ConnectionString);
Console.WriteLine($"Generating {options.Notices:N0} notices…");
var loading = Stopwatch.StartNew();
var (notices, releases) = await BulkLoader.LoadAsync(postgres.ConnectionString, options.Notices, new DateTimeOffset(today, TimeSpan.Zero));
loading.Stop();

Console.WriteLine("Starting the service…");
using var service = await ServiceProcess.StartAsync(repository, postgres.ConnectionString);
using var client = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
if (options.Hold)
{
    // For finding out why a search is slow: psql and EXPLAIN ANALYZE against the same data, then Enter to end.
    Console.WriteLine($"Holding: psql -h 127.0.0.1 -p {postgres.Port} -U postgres bench; the service is at {service.BaseAddress}. Press Enter to stop.");
    Console.ReadLine();
    return;
}
var measurements = new Measurements(client);
var day = DateOnly.FromDateTime(today);
var queries = QuerySet.Build(day);

Console.WriteLine("Timing searches…");
var search = await measurements.SearchAsync(queries, options.Passes);
Console.WriteLine("Timing API pages…");
var api = await measurements.ApiAsync(day, pagesPerWalk: 20);
Console.WriteLine("Loading the search page and /health/live with wrk…");
var searchLoad = await Wrk.RunAsync("search", service.BaseAddress, queries.Select(q => "/search" + q).ToList(), 50, options.Seconds);
var healthLoad = await Wrk.RunAsync("health", service.BaseAddress, ["/health/live"], 50, options.Seconds);
Console.WriteLine("Building and downloading the bulk files…");
var bulk = await measurements.BulkAsync(postgres.ConnectionString);

var facts = new RunFacts(notices, releases, loading.Elapsed.TotalSeconds, loadBefore, LoadAverage(), queries.Count, options.Seconds);
var report = Report.Write(facts, search, api, searchLoad, healthLoad, bulk);
Console.WriteLine();
Console.WriteLine(report);
var results = Path.Combine(repository, "bench", "search", "results.md");
await File.WriteAllTextAsync(results, report);
Console.WriteLine($"Written to {Path.GetRelativePath(repository, results)}");

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

internal sealed record Options(int Notices, int Seconds, int Passes, bool Hold = false)
{
    public static Options Parse(string[] args)
    {
        var options = new Options(1_000_000, 20, 3);
        for (var i = 0; i < args.Length; i++)
        {
            int Value() => i + 1 < args.Length && int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0
                ? v : throw new ArgumentException($"{args[i - 1]} needs a whole number above 0.");
            options = args[i] switch
            {
                "--notices" => options with { Notices = Value() },
                "--seconds" => options with { Seconds = Value() },
                "--passes" => options with { Passes = Value() },
                "--hold" => options with { Hold = true },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Use --notices N, --seconds S, --passes P or --hold."),
            };
        }
        return options;
    }
}
