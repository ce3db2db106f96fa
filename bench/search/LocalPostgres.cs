using OpenCommissioning.Tests.Shared;

namespace OpenCommissioning.Search.Bench;

/// <summary>
/// A throw-away PostgreSQL server for one run, started as the test harness starts its own (<see cref="ThrowAwayPostgres"/>),
/// tuned for a million notices, with a <c>bench</c> database. Durability is off because the data is regenerated every
/// run; the reading side — what is measured — is unaffected by it.
/// </summary>
public sealed class LocalPostgres : IDisposable
{
    private readonly ThrowAwayPostgres server;

    public int Port => server.Port;
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=bench;Maximum Pool Size=100";

    private LocalPostgres(ThrowAwayPostgres server) => this.server = server;

    public static LocalPostgres Start()
    {
        var postgres = new LocalPostgres(ThrowAwayPostgres.Start("oc-bench-postgres-",
        [
            "max_connections=200", "maintenance_work_mem=512MB", "max_wal_size=4GB", "checkpoint_timeout=30min",
            // The search table and its indexes (about 2 GB at 1M notices) fit in shared buffers, as they should in
            // production (a quarter of the server's memory); with 512 MB every broad search copied pages in from the
            // operating system's cache.
            "shared_buffers=2GB", "effective_cache_size=6GB",
            // 4 MB (the default) turns the bitmaps of common keywords lossy at 1M rows: every row of a page is rechecked.
            "work_mem=64MB",
            // JIT compiled the old plans of broad searches for 20-70 ms each; the searches are short and many.
            "jit=off",
        ]));
        postgres.server.RunTool("psql", $"-h 127.0.0.1 -p {postgres.Port} -U postgres -d postgres -c \"CREATE DATABASE bench\"");
        return postgres;
    }

    public void Dispose()
    {
        try { server.Stop(immediate: false); }
        catch (Exception e) { Console.Error.WriteLine($"Could not remove the benchmark database in {server.Folder}: {e.Message}"); }
    }

    public static int FreePort() => ThrowAwayPostgres.FreePort();
}
