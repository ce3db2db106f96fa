using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Opportunities.Upkeep;

/// <summary>
/// Reads and restores the physical order of the search table (<c>opportunities</c>) on PostgreSQL. Reading costs
/// one look at the catalogue, cheap enough for every readiness probe; putting in order locks the table.
/// </summary>
public sealed class SearchTableUpkeep(AppDbContext db, DatabaseInfo database, IOptions<PublicationOrderOptions> options)
{
    public const string Table = "opportunities";
    public const string PublishedIndex = "ix_opportunities_published_at";

    public PublicationOrderOptions Options => options.Value;

    /// <summary>What PostgreSQL last measured; null in the embedded mode, where the order does not matter.</summary>
    public async Task<PublicationOrderReading?> ReadAsync(CancellationToken cancellationToken = default)
    {
        if (!database.IsPostgres) return null;
        // reltuples is -1 until the table is first vacuumed or analysed; pg_stats has no row until it is analysed.
        const string sql = """
            SELECT c.reltuples::bigint, s.correlation::float8
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = 'published_at'
            WHERE c.oid = to_regclass('opportunities')
            """;
        return await QueryAsync(sql, async reader => await reader.ReadAsync(cancellationToken)
            ? new PublicationOrderReading(reader.IsDBNull(1) ? null : reader.GetDouble(1), reader.GetInt64(0))
            : new PublicationOrderReading(null, -1), cancellationToken);
    }

    public async Task<PublicationOrderState> StateAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync(cancellationToken) is { } reading ? reading.Judge(Options) : PublicationOrderState.NotApplicable;

    public Task<bool> HasPublishedIndexAsync(CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT to_regclass('{PublishedIndex}') IS NOT NULL",
            async reader => await reader.ReadAsync(cancellationToken) && reader.GetBoolean(0), cancellationToken);

    /// <summary>Brings the statistics up to date: only the publication date's, which samples the table and is quick.</summary>
    public Task AnalyseAsync(CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync($"ANALYZE {Table} (published_at)", cancellationToken);

    /// <summary>
    /// Rewrites the table in the publication-date index's order. It holds an exclusive lock throughout (searches
    /// wait) and needs free disk space about the size of the table and its indexes, so it has no time limit.
    /// </summary>
    public async Task PutInOrderAsync(CancellationToken cancellationToken = default)
    {
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.Zero);
        try { await db.Database.ExecuteSqlRawAsync($"CLUSTER {Table} USING {PublishedIndex}", cancellationToken); }
        finally { db.Database.SetCommandTimeout(timeout); }
    }

    private async Task<T> QueryAsync<T>(string sql, Func<DbDataReader, Task<T>> read, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await read(reader);
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }
}
