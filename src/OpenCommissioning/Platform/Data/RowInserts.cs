using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCommissioning.Platform.Data;

/// <summary>
/// Set-based inserts that bypass EF's change tracking, which costs more than the database itself for a page of a
/// few hundred new rows. Columns, names and value conversions come from the model, so the same code serves
/// PostgreSQL and SQLite, and the rows join whatever transaction the context has open.
/// </summary>
public static class RowInserts
{
    // Well under PostgreSQL's 65,535 parameters and SQLite's 32,766 for tables of a dozen columns.
    private const int RowsPerStatement = 200;

    /// <summary>
    /// Inserts the rows with one multi-row INSERT per chunk, skipping any row a unique index already holds
    /// (ON CONFLICT DO NOTHING, understood by both databases), and returns the rows really inserted, in the order
    /// given. A row another writer stored since the caller looked is skipped and so not returned: the database says
    /// which rows went in (RETURNING their unique key), not the caller's earlier look-up. Columns the database
    /// generates (identity keys) are left to it.
    /// </summary>
    public static async Task<IReadOnlyList<T>> InsertRowsAsync<T>(this DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0) return [];
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never && p.PropertyInfo is not null).ToList();
        // Any unique index of given columns names an inserted row; the generated key would not match it to a row given.
        var key = entity.GetIndexes().FirstOrDefault(i => i.IsUnique && i.Properties.All(columns.Contains))?.Properties
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no unique index of its own columns to tell inserted rows by.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)));
        var into = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({names}) VALUES ";
        var returning = " ON CONFLICT DO NOTHING RETURNING " + string.Join(", ", key.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)));

        var insertedKeys = new HashSet<string>(StringComparer.Ordinal);
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var text = new StringBuilder(into);
            var parameters = new List<DbParameter>(chunk.Length * columns.Count);
            for (var r = 0; r < chunk.Length; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = "p" + parameters.Count;
                    var column = columns[c];
                    // The mapping applies the column's converter (SQLite keeps DateTimeOffset as ticks) and type.
                    var mapping = (RelationalTypeMapping)column.GetRelationalTypeMapping();
                    parameters.Add(mapping.CreateParameter(factory, name, column.PropertyInfo!.GetValue(chunk[r]), column.IsNullable));
                    text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }
                text.Append(')');
            }
            // Through EF's command pipeline, as ExecuteSqlRaw is: the context's connection, transaction, timeout and
            // command events (which the harvest benchmark times) all apply.
            var command = db.GetService<IRawSqlCommandBuilder>().Build(text.Append(returning).ToString(), parameters);
            await using var reader = await command.RelationalCommand.ExecuteReaderAsync(new RelationalCommandParameterObject(
                db.GetService<IRelationalConnection>(), command.ParameterValues, readerColumns: null, db,
                db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.ExecuteSqlRaw), cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                insertedKeys.Add(KeyText(Enumerable.Range(0, key.Count).Select(reader.DbDataReader.GetValue)));
        }

        // A row given twice went in once: the first of them is the one inserted.
        return rows.Where(row => insertedKeys.Remove(KeyText(key.Select(c => ProviderValue(c, row))))).ToList();
    }

    private static object? ProviderValue(IProperty column, object row)
    {
        var value = column.PropertyInfo!.GetValue(row);
        var converter = column.GetTypeMapping().Converter;
        return converter is null || value is null ? value : converter.ConvertToProvider(value);
    }

    // Keys are compared as invariant text, so that a value read back (SQLite gives every integer as long) matches the one given.
    private static string KeyText(IEnumerable<object?> values) =>
        string.Join('\u001f', values.Select(v => v is null or DBNull ? "\u0000" : Convert.ToString(v, CultureInfo.InvariantCulture)));
}
