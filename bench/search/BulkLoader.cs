using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using OpenCommissioning.OpenData;
using OpenCommissioning.Opportunities;

namespace OpenCommissioning.Search.Bench;

/// <summary>
/// Fills the releases table and the search projection with binary COPY. Secondary indexes are dropped first and
/// built again at the end (from their own definitions), which is far quicker than keeping them up row by row.
/// </summary>
public static class BulkLoader
{
    private static readonly string[] Tables = ["releases", "opportunities"];

    public static async Task<(int Notices, long Releases)> LoadAsync(string connectionString, int notices, DateTimeOffset today)
    {
        await using var control = new NpgsqlConnection(connectionString);
        await control.OpenAsync();
        var indexes = await DropIndexesAsync(control);

        var watch = Stopwatch.StartNew();
        await using var releaseConnection = new NpgsqlConnection(connectionString);
        await using var opportunityConnection = new NpgsqlConnection(connectionString);
        await releaseConnection.OpenAsync();
        await opportunityConnection.OpenAsync();
        long releaseCount = 0;
        var generator = new NoticeGenerator(seed: 20261124, today);
        await using (var releases = await releaseConnection.BeginBinaryImportAsync(
            "COPY releases (ocid, release_id, date, tags, json, stored_at, source, publisher_name) FROM STDIN (FORMAT BINARY)"))
        await using (var rows = await opportunityConnection.BeginBinaryImportAsync(
            $"COPY opportunities ({string.Join(", ", OpportunityColumns)}) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 1; i <= notices; i++)
            {
                var notice = generator.Next(i);
                foreach (var release in notice.Releases) { await WriteAsync(releases, release); releaseCount++; }
                await WriteAsync(rows, notice.Opportunity);
                if (i % 100_000 == 0) Console.WriteLine($"  {i:N0} notices generated ({watch.Elapsed.TotalSeconds:N0} s)");
            }
            await releases.CompleteAsync();
            await rows.CompleteAsync();
        }
        Console.WriteLine($"  copied in {watch.Elapsed.TotalSeconds:N0} s; building indexes");
        // A service's table fills over time, so its rows lie roughly in publication order; the generator's are in a
        // random order. Storing them by date, as the service's own would be, before the other indexes are built
        // (docs/decisions/0007: searches by relevance walk back through spans of dates).
        var byDate = indexes.Single(d => d.Contains(" ix_opportunities_published_at ON ", StringComparison.Ordinal));
        await ExecuteAsync(control, byDate);
        await ExecuteAsync(control, "CLUSTER opportunities USING ix_opportunities_published_at");
        foreach (var definition in indexes.Where(d => d != byDate)) await ExecuteAsync(control, definition);
        foreach (var table in Tables) await ExecuteAsync(control, $"VACUUM ANALYZE {table}");
        Console.WriteLine($"  indexed and analysed ({watch.Elapsed.TotalSeconds:N0} s in all)");
        return (notices, releaseCount);
    }

    private static readonly string[] OpportunityColumns =
    [
        "ocid", "title", "description", "buyer_id", "buyer_name", "notice_type", "value_amount", "value_currency", "value_number",
        "published_at", "closing_at", "updated_at", "first_indexed_at", "cpv_codes", "region_codes", "postcodes",
        "suitable_for_sme", "suitable_for_vcse", "is_sub_contract", "source", "source_url", "kind", "tender_id",
        "match_title", "match_buyer",
    ];

    private static async Task WriteAsync(NpgsqlBinaryImporter copy, StoredRelease r)
    {
        await copy.StartRowAsync();
        await copy.WriteAsync(r.Ocid);
        await copy.WriteAsync(r.ReleaseId);
        await copy.WriteAsync(r.Date, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(r.Tags);
        await copy.WriteAsync(r.Json);
        await copy.WriteAsync(r.StoredAt, NpgsqlDbType.TimestampTz);
        await Nullable(copy, r.Source);
        await Nullable(copy, r.PublisherName);
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter copy, Opportunity o)
    {
        await copy.StartRowAsync();
        await copy.WriteAsync(o.Ocid);
        await copy.WriteAsync(o.Title);
        await copy.WriteAsync(o.Description);
        await Nullable(copy, o.BuyerId);
        await Nullable(copy, o.BuyerName);
        await copy.WriteAsync(o.NoticeType.ToString());
        if (o.ValueAmount is { } amount) await copy.WriteAsync(amount, NpgsqlDbType.Numeric); else await copy.WriteNullAsync();
        await Nullable(copy, o.ValueCurrency);
        if (o.ValueNumber is { } number) await copy.WriteAsync(number, NpgsqlDbType.Double); else await copy.WriteNullAsync();
        await copy.WriteAsync(o.PublishedAt, NpgsqlDbType.TimestampTz);
        if (o.ClosingAt is { } closing) await copy.WriteAsync(closing, NpgsqlDbType.TimestampTz); else await copy.WriteNullAsync();
        await copy.WriteAsync(o.UpdatedAt, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(o.FirstIndexedAt, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(o.CpvCodes);
        await copy.WriteAsync(o.RegionCodes);
        await copy.WriteAsync(o.Postcodes);
        await copy.WriteAsync(o.SuitableForSme);
        await copy.WriteAsync(o.SuitableForVcse);
        await copy.WriteAsync(o.IsSubContract);
        await Nullable(copy, o.Source);
        await Nullable(copy, o.SourceUrl);
        await copy.WriteAsync(o.Kind.ToString());
        await Nullable(copy, o.TenderId);
        await Nullable(copy, o.MatchTitle);
        await Nullable(copy, o.MatchBuyer);
    }

    private static async Task Nullable(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null) await copy.WriteNullAsync(); else await copy.WriteAsync(value);
    }

    /// <summary>Drops every index of the two tables but their primary keys; returns the statements that rebuild them.</summary>
    private static async Task<IReadOnlyList<string>> DropIndexesAsync(NpgsqlConnection connection)
    {
        var definitions = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand("""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """, connection))
        {
            command.Parameters.AddWithValue("tables", Tables);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) definitions.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, _) in definitions) await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
        return definitions.Select(d => d.Definition).ToList();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
