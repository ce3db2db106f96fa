using System.Diagnostics;

namespace OpenCommissioning.Search.Bench;

/// <summary>
/// The real service as its own process: the Release build, Production environment, Kestrel on a free port,
/// against the benchmark's database. Background jobs are off so that nothing but the measured requests runs.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process process;

    public Uri BaseAddress { get; }

    private ServiceProcess(Process process, Uri baseAddress) { this.process = process; BaseAddress = baseAddress; }

    public static async Task MigrateAsync(string repository, string connectionString)
    {
        using var migrate = Process.Start(Start(repository, connectionString, "http://127.0.0.1:1", "migrate"))!;
        await migrate.WaitForExitAsync();
        if (migrate.ExitCode != 0) throw new InvalidOperationException($"Migrating the database failed ({migrate.ExitCode}).");
    }

    public static async Task<ServiceProcess> StartAsync(string repository, string connectionString)
    {
        var address = new Uri($"http://127.0.0.1:{LocalPostgres.FreePort()}");
        var process = Process.Start(Start(repository, connectionString, address.ToString().TrimEnd('/'), null))!;
        var service = new ServiceProcess(process, address);
        using var client = new HttpClient { BaseAddress = address };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (process.HasExited) throw new InvalidOperationException($"The service stopped on start ({process.ExitCode}).");
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode) return service;
            }
            catch (HttpRequestException) { }
            await Task.Delay(500);
        }
        service.Dispose();
        throw new TimeoutException("The service did not answer /health/ready within a minute.");
    }

    private static ProcessStartInfo Start(string repository, string connectionString, string url, string? argument)
    {
        var project = Path.Combine(repository, "src", "OpenCommissioning");
        var dll = Path.Combine(project, "bin", "Release", "net10.0", "OpenCommissioning.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        if (argument is not null) start.ArgumentList.Add(argument);
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = url,
            ["ConnectionStrings__Postgres"] = connectionString,
            ["Jobs__RunInBackground"] = "false",
            ["RateLimits__ApiPerMinute"] = "10000000",
            ["App__BaseUrl"] = url,
            ["Email__Sender"] = "FileDrop",
            ["Email__DropFolder"] = Path.Combine(Path.GetTempPath(), "oc-bench-emails"),
            // Request logging at Information would measure the console as much as the service.
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings) start.Environment[key] = value;
        return start;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        process.Dispose();
    }
}
