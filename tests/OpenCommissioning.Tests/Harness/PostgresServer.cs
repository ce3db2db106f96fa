using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OpenCommissioning.Tests.Harness;

/// <summary>
/// A real PostgreSQL server that the test run starts itself: initdb and pg_ctl into a temporary folder, on a free
/// port on 127.0.0.1, stopped when the test process ends. No Docker. As root, PostgreSQL must run as the postgres
/// user, so the folder is handed to that user.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly string folder;
    private readonly string binaries;
    private readonly bool asPostgresUser;

    public int Port { get; }
    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    public static PostgresServer Instance => Shared.Value;

    private PostgresServer(string folder, string binaries, bool asPostgresUser, int port)
    {
        this.folder = folder; this.binaries = binaries; this.asPostgresUser = asPostgresUser; Port = port;
    }

    /// <summary>A new empty database on the shared server, for one test class.</summary>
    public string CreateDatabase()
    {
        var name = "test_" + Guid.NewGuid().ToString("N")[..16];
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name};Include Error Detail=true";
    }

    private static PostgresServer Start()
    {
        var binaries = FindBinaries();
        var root = Environment.UserName == "root";
        var folder = Directory.CreateTempSubdirectory("oc-postgres-").FullName;
        var data = Path.Combine(folder, "data");
        var port = FreePort();
        var server = new PostgresServer(folder, binaries, root, port);
        if (root) Run("chown", $"-R postgres:postgres {folder}");
        server.RunPostgres("initdb", $"-D {data} -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8");
        server.RunPostgres("pg_ctl", $"-D {data} -l {folder}/log -w -t 60 -o \"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private void Stop()
    {
        try
        {
            RunPostgres("pg_ctl", $"-D {Path.Combine(folder, "data")} -m immediate -w stop");
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception) { /* the process is ending; a stray temp folder is the worst outcome */ }
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
            ?? throw new InvalidOperationException("PostgreSQL's initdb was not found. Run ./test, which installs it.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
