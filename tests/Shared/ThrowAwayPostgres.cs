using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpenCommissioning.Tests.Shared;

/// <summary>
/// A PostgreSQL server started from the machine's own binaries (initdb, pg_ctl) in a temporary folder, on a free port
/// on 127.0.0.1, with durability off because its data is thrown away. No Docker. As root, PostgreSQL must run as the
/// postgres user, so the folder is handed to that user. The test harness and the benchmarks each link this file.
/// </summary>
internal sealed class ThrowAwayPostgres
{
    private readonly string binaries;
    private readonly bool asPostgresUser;

    public string Folder { get; }
    public int Port { get; }
    private string Data => Path.Combine(Folder, "data");

    private ThrowAwayPostgres(string folder, string binaries, bool asPostgresUser, int port) =>
        (Folder, this.binaries, this.asPostgresUser, Port) = (folder, binaries, asPostgresUser, port);

    /// <summary>Creates and starts a server; <paramref name="settings"/> are more <c>-c name=value</c> options for it.</summary>
    public static ThrowAwayPostgres Start(string folderPrefix, IEnumerable<string> settings)
    {
        var root = Environment.UserName == "root";
        var server = new ThrowAwayPostgres(Directory.CreateTempSubdirectory(folderPrefix).FullName, FindBinaries(), root, FreePort());
        if (root) Run("chown", $"-R postgres:postgres {server.Folder}");
        server.RunTool("initdb", $"-D {server.Data} -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8");
        var options = string.Join(' ', new[]
        {
            $"-p {server.Port}", $"-k {server.Folder}", "-c listen_addresses=127.0.0.1",
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
        }.Concat(settings.Select(s => "-c " + s)));
        server.RunTool("pg_ctl", $"-D {server.Data} -l {server.Folder}/log -w -t 120 -o \"{options}\" start");
        return server;
    }

    /// <summary>Stops the server and deletes its folder; <paramref name="immediate"/> skips the shutdown checkpoint.</summary>
    public void Stop(bool immediate)
    {
        RunTool("pg_ctl", $"-D {Data} -m {(immediate ? "immediate" : "fast")} -w stop");
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>Runs one of PostgreSQL's programs (psql, pg_ctl…) as the user the server runs as.</summary>
    public void RunTool(string tool, string arguments)
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
            ?? throw new InvalidOperationException("PostgreSQL's initdb was not found: install the postgresql package (./test installs it).");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
