using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Opportunities.Migrations;

/// <summary>
/// Full-text search in the embedded mode: an FTS5 table with the Porter stemmer, kept in step by
/// <see cref="KeywordIndex"/>. Hand-written and named to sort last for the reasons given on PostgresSearchIndexes.
/// </summary>
[DbContext(typeof(SqliteAppDbContext))]
[Migration("29990101000000_SearchIndexes")]
public sealed class SqliteSearchIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            "CREATE VIRTUAL TABLE opportunity_text USING fts5(ocid UNINDEXED, title, description, tokenize = 'porter unicode61 remove_diacritics 2');");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS opportunity_text;");
    }
}
