using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Opportunities.Migrations;

/// <summary>
/// Full-text search on PostgreSQL: a generated tsvector (title weighted A, description B, English stemming) with a
/// GIN index, and trigram indexes for the CPV and region filters' substring matches. Written by hand because the
/// model is shared with SQLite, which has no such types. Its id sorts after any generated migration, because the
/// Initial migration is regenerated whenever branches merge; it lives here so that regeneration leaves it alone.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("29990101000000_SearchIndexes")]
public sealed class PostgresSearchIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE opportunities ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                setweight(to_tsvector('english', coalesce(description, '')), 'B')) STORED;
            CREATE INDEX ix_opportunities_search_vector ON opportunities USING GIN (search_vector);
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            CREATE INDEX ix_opportunities_cpv_codes_trgm ON opportunities USING GIN (cpv_codes gin_trgm_ops);
            CREATE INDEX ix_opportunities_region_codes_trgm ON opportunities USING GIN (region_codes gin_trgm_ops);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX IF EXISTS ix_opportunities_region_codes_trgm;
            DROP INDEX IF EXISTS ix_opportunities_cpv_codes_trgm;
            DROP INDEX IF EXISTS ix_opportunities_search_vector;
            ALTER TABLE opportunities DROP COLUMN IF EXISTS search_vector;
            """);
    }
}
