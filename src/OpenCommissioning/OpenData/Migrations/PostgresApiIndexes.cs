using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.OpenData.Migrations;

/// <summary>
/// Trigram indexes for the data API's substring filters on PostgreSQL: the buyer's name (the buyer filter matches an
/// identifier or part of a name) and the release's space-padded tags (the stages filter). Besides serving rare
/// stages, the tags index makes ANALYZE keep statistics of the padded expression, without which the planner guessed
/// 0.01% of releases were awards (14% are) and chose a parallel plan for every page. Written by hand because the
/// model is shared with SQLite; its id sorts after every generated migration, as the search indexes' does.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("29990103000000_ApiIndexes")]
public sealed class PostgresApiIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            CREATE INDEX ix_opportunities_buyer_name_trgm ON opportunities USING GIN (lower(buyer_name) gin_trgm_ops);
            CREATE INDEX ix_releases_padded_tags_trgm ON releases USING GIN ((' ' || tags || ' ') gin_trgm_ops);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX IF EXISTS ix_releases_padded_tags_trgm;
            DROP INDEX IF EXISTS ix_opportunities_buyer_name_trgm;
            """);
    }
}
