using Npgsql;
using OpenCommissioning.Tests.Shared;

namespace OpenCommissioning.Tests.Harness;

/// <summary>
/// The real PostgreSQL server the test run starts itself (see <see cref="ThrowAwayPostgres"/>), shared by every test
/// class, each in a database of its own, and stopped when the test process ends.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ThrowAwayPostgres server;

    public int Port => server.Port;
    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    public static PostgresServer Instance => Shared.Value;

    private PostgresServer(ThrowAwayPostgres server) => this.server = server;

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
        var server = new PostgresServer(ThrowAwayPostgres.Start("oc-postgres-", ["max_connections=300"]));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private void Stop()
    {
        try { server.Stop(immediate: true); }
        catch (Exception) { /* the process is ending; a stray temp folder is the worst outcome */ }
    }
}
