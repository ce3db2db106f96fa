using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Opportunities.Migrations;

/// <summary>
/// The yes/no filters as lexemes (see <see cref="FilterLexemes"/>) in a generated tsvector, indexed in one GIN index
/// with the keywords' search_vector: a search then intersects the keywords' and the filters' posting lists in one
/// index scan, exactly, instead of ANDing bitmaps of trigram indexes and testing booleans on every row read
/// (docs/decisions/0006). Regions are stored with their ancestors, and each 8-digit CPV code as every prefix of
/// it (c:85, c:853 … c:85311200), so that a region includes its sub-regions and a CPV code the codes beneath it
/// through one exact lexeme each: a prefix query (c:85:*) would make GIN gather every code beneath 85 first. Hand-written for the reasons given on
/// <see cref="PostgresSearchIndexes"/>, and sorted after it.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("29990102000000_SearchFilterIndex")]
public sealed class PostgresFilterIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE opportunities ADD COLUMN filter_vector tsvector GENERATED ALWAYS AS (array_to_tsvector(array_remove(array_remove(
                ARRAY[CASE WHEN suitable_for_sme THEN 'sme' END, CASE WHEN suitable_for_vcse THEN 'vcse' END,
                      CASE WHEN is_sub_contract THEN 'sub' END, CASE WHEN duplicate_of IS NOT NULL THEN 'dup' END,
                      'k:' || kind, 't:' || notice_type]
                || string_to_array(regexp_replace(btrim(region_codes), '(\S+)', 'r:\1', 'g'), ' ')
                || string_to_array(regexp_replace(regexp_replace(btrim(cpv_codes), '(\S+)', 'c:\1', 'g'),
                       'c:(\d\d)(\d)(\d)(\d)(\d)(\d)(\d)(?=\s|$)',
                       'c:\1 c:\1\2 c:\1\2\3 c:\1\2\3\4 c:\1\2\3\4\5 c:\1\2\3\4\5\6 c:\1\2\3\4\5\6\7', 'g'), ' '),
                NULL), ''))) STORED;
            DROP INDEX IF EXISTS ix_opportunities_search_vector;
            CREATE INDEX ix_opportunities_search_filter ON opportunities USING GIN (search_vector, filter_vector);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX IF EXISTS ix_opportunities_search_filter;
            CREATE INDEX IF NOT EXISTS ix_opportunities_search_vector ON opportunities USING GIN (search_vector);
            ALTER TABLE opportunities DROP COLUMN IF EXISTS filter_vector;
            """);
    }
}
