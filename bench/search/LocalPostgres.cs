using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpenCommissioning.Search.Bench;

/// <summary>
/// A throw-away PostgreSQL server for one run: initdb and pg_ctl in a temporary folder, on a free port, as the
/// test harness does (no Docker). As root, PostgreSQL must run as the postgres user. Durability is off because the
/// data is regenerated every run; the reading side — what is measured — is unaffected by it.
/// </summary>
public sealed class LocalPostgres : IDisposable
{
    private readonly string folder;
    private readonly string binaries;
    private readonly bool asPostgresUser;

    public int Port { get; }
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=bench;Maximum Pool Size=100";

    private LocalPostgres(string folder, string binaries, bool asPostgresUser, int port)
    {
        this.folder = folder; this.binaries = binaries; this.asPostgresUser = asPostgresUser; Port = port;
    }

    public static LocalPostgres Start()
    {
        var binaries = FindBinaries();
        var root = Environment.UserName == "root";
        var folder = Directory.CreateTempSubdirectory("oc-bench-postgres-").FullName;
        var data = Path.Combine(folder, "data");
        var server = new LocalPostgres(folder, binaries, root, FreePort());
        if (root) Run("chown", $"-R postgres:postgres {folder}");
        server.RunPostgres("initdb", $"-D {data} -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8");
        var settings = string.Join(' ', new[]
        {
            $"-p {server.Port}", $"-k {folder}", "-c listen_addresses=127.0.0.1", "-c fsync=off", "-c synchronous_commit=off",
            "-c full_page_writes=off", "-c max_connections=200", "-c maintenance_work_mem=512MB",
            "-c max_wal_size=4GB", "-c checkpoint_timeout=30min",
            // The search table and its indexes (about 2 GB at 1M notices) fit in shared buffers, as they should in
            // production (a quarter of the server's memory); with 512 MB every broad search copied pages in from the
            // operating system's cache.
            "-c shared_buffers=2GB", "-c effective_cache_size=6GB",
            // 4 MB (the default) turns the bitmaps of common keywords lossy at 1M rows: every row of a page is rechecked.
            "-c work_mem=64MB",
            // JIT compiled the old plans of broad searches for 20-70 ms each; the searches are short and many.
            "-c jit=off",
        });
        server.RunPostgres("pg_ctl", $"-D {data} -l {folder}/log -w -t 120 -o \"{settings}\" start");
        server.RunPostgres("psql", $"-h 127.0.0.1 -p {server.Port} -U postgres -d postgres -c \"CREATE DATABASE bench\"");
        return server;
    }

    public void Dispose()
    {
        try
        {
            RunPostgres("pg_ctl", $"-D {Path.Combine(folder, "data")} -m fast -w stop");
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) { Console.Error.WriteLine($"Could not remove the benchmark database in {folder}: {e.Message}"); }
    }

    private void RunPostgres(string tool, string arguments)
    {
        var path = Path.Combine(binaries, tool);
        if (asPostgresUser) Run("runuser", $"-u postgres -- {path} {arguments}");
        else Run(path, arguments);
    }

    private static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
            { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {error.Result}{output.Result}");
    }

    private static string FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d).Select(d => Path.Combine(d, "bin"))
            : [];
        return candidates.Append("/usr/local/bin").FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL's initdb was not found; install the postgresql package.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
