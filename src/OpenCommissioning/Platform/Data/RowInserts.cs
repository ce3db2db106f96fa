using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
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
    /// (ON CONFLICT DO NOTHING, understood by both databases); returns how many were inserted. Columns the
    /// database generates (identity keys) are left to it.
    /// </summary>
    public static async Task<int> InsertRowsAsync<T>(this DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0) return 0;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never && p.PropertyInfo is not null).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)));
        var into = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({names}) VALUES ";

        await using var factory = db.Database.GetDbConnection().CreateCommand();
        var inserted = 0;
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
            text.Append(" ON CONFLICT DO NOTHING");
            inserted += await db.Database.ExecuteSqlRawAsync(text.ToString(), parameters, cancellationToken);
        }
        return inserted;
    }
}
