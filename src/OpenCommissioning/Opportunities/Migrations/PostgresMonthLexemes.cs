using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Opportunities.Migrations;

/// <summary>
/// Adds the month each notice was published (<c>p:202611</c>) and the month it closes (<c>x:202612</c>), in UTC, to
/// the filter lexemes. A date range is still tested exactly on the table; the months only let the search index
/// narrow by date in the same scan as the keywords. Without them, "published in the last 90 days" with a common
/// word intersected every notice with the word (a third of a million at 1,000,000 notices) before the date could
/// cut them down (docs/decisions/0007). A generated column's expression cannot be altered in PostgreSQL 15, so the
/// column and its index are rebuilt.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("29990104000000_SearchMonthLexemes")]
public sealed class PostgresMonthLexemes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Rebuild(withMonths: true));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Rebuild(withMonths: false));

    private static string Rebuild(bool withMonths) => $"""
        DROP INDEX IF EXISTS ix_opportunities_search_filter;
        ALTER TABLE opportunities DROP COLUMN IF EXISTS filter_vector;
        ALTER TABLE opportunities ADD COLUMN filter_vector tsvector GENERATED ALWAYS AS (array_to_tsvector(array_remove(array_remove(
            ARRAY[CASE WHEN suitable_for_sme THEN 'sme' END, CASE WHEN suitable_for_vcse THEN 'vcse' END,
                  CASE WHEN is_sub_contract THEN 'sub' END, CASE WHEN duplicate_of IS NOT NULL THEN 'dup' END,
                  'k:' || kind, 't:' || notice_type{(withMonths ? $", {Month("p:", "published_at")}, {Month("x:", "closing_at")}" : "")}]
            || string_to_array(regexp_replace(btrim(region_codes), '(\S+)', 'r:\1', 'g'), ' ')
            || string_to_array(regexp_replace(regexp_replace(btrim(cpv_codes), '(\S+)', 'c:\1', 'g'),
                   'c:(\d\d)(\d)(\d)(\d)(\d)(\d)(\d)(?=\s|$)',
                   'c:\1 c:\1\2 c:\1\2\3 c:\1\2\3\4 c:\1\2\3\4\5 c:\1\2\3\4\5\6 c:\1\2\3\4\5\6\7', 'g'), ' '),
            NULL), ''))) STORED;
        CREATE INDEX ix_opportunities_search_filter ON opportunities USING GIN (search_vector, filter_vector);
        """;

    // date_part on a timestamp without time zone is immutable, as a generated column needs; NULL dates drop out.
    private static string Month(string prefix, string column) =>
        $"'{prefix}' || (date_part('year', {column} AT TIME ZONE 'UTC') * 100 + date_part('month', {column} AT TIME ZONE 'UTC'))::int";
}
