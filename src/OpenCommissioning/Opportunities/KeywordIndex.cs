using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Opportunities;

/// <summary>One notice that matches the keywords, with how well it matches (higher is better).</summary>
public sealed class KeywordMatch
{
    public string Ocid { get; init; } = "";
    public double Rank { get; init; }
}

/// <summary>That the notice <see cref="Ocid"/> matches the keywords at <see cref="Position"/> in a list.</summary>
public sealed class KeywordHit
{
    public int Position { get; init; }
    public string Ocid { get; init; } = "";
}

/// <summary>
/// Full-text search over titles (weighted most) and descriptions, with English stemming and quoted phrases. On
/// PostgreSQL a generated tsvector column with a GIN index keeps itself up to date; SQLite's FTS5 table has to be
/// kept in step by hand. Both are created by the SearchIndexes migrations.
/// </summary>
public sealed class KeywordIndex(AppDbContext db, DatabaseInfo database)
{
    public IQueryable<KeywordMatch>? Matches(string? keywords)
    {
        if (string.IsNullOrWhiteSpace(keywords)) return null;
        if (database.IsPostgres)
            return db.Database.SqlQuery<KeywordMatch>($"""
                SELECT ocid, ts_rank(search_vector, websearch_to_tsquery('english', {keywords}))::float8 AS rank
                FROM opportunities WHERE search_vector @@ websearch_to_tsquery('english', {keywords})
                """);
        var match = Fts5Query.From(keywords);
        if (match is null) return null;
        // bm25 is lower for better matches; its weights mirror PostgreSQL's A (title) and B (description).
        return db.Database.SqlQuery<KeywordMatch>($"""
            SELECT ocid, -bm25(opportunity_text, 0.0, 10.0, 1.0) AS rank
            FROM opportunity_text WHERE opportunity_text MATCH {match}
            """);
    }

    /// <summary>
    /// On PostgreSQL, the notices matching the keywords and <paramref name="filterLexemes"/> (a tsquery over
    /// filter_vector, see <see cref="FilterLexemes"/>) as rows of the projection itself, so that one scan of the
    /// search GIN index answers both and the remaining filters join the same scan. Rows are ranked, when they need to
    /// be, by <see cref="KeywordRank"/> in the query that uses them. Null on SQLite, whose keywords live in a separate
    /// FTS5 table, and when there is neither keywords nor filter to narrow by.
    /// </summary>
    public IQueryable<Opportunity>? IndexedRows(string? keywords, string? filterLexemes)
    {
        var hasKeywords = !string.IsNullOrWhiteSpace(keywords);
        if (!database.IsPostgres || (!hasKeywords && filterLexemes is null)) return null;
        var conditions = new List<string>();
        var values = new List<object>();
        if (hasKeywords)
        {
            conditions.Add("search_vector @@ websearch_to_tsquery('english', {0})");
            values.Add(keywords!);
        }
        if (filterLexemes is not null)
        {
            conditions.Add($"filter_vector @@ {{{values.Count}}}::tsquery");
            values.Add(filterLexemes);
        }
        var sql = "SELECT * FROM opportunities WHERE " + string.Join(" AND ", conditions);
        return db.Set<Opportunity>().FromSqlRaw(sql, values.ToArray()).AsNoTracking();
    }

    /// <summary>
    /// Notices already known to match the keywords, best match first and the newest first among equals: FTS5's
    /// ranking, for SQLite. On PostgreSQL a search ranks its matches as it reads them (<see cref="KeywordRank"/>), and
    /// an empty database has none to rank.
    /// </summary>
    public async Task<IReadOnlyList<string>> RankAsync(string keywords, IReadOnlyCollection<string> ocids, CancellationToken cancellationToken)
    {
        var matches = Matches(keywords);
        if (ocids.Count == 0 || matches is null) return [];
        var wanted = ocids.ToArray();
        return await (from o in db.Set<Opportunity>().AsNoTracking()
                      where wanted.Contains(o.Ocid)
                      join m in matches on o.Ocid equals m.Ocid
                      orderby m.Rank descending, o.PublishedAt descending, o.Ocid
                      select o.Ocid).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Which of a few notices each of many keyword searches matches. On PostgreSQL one query tests every pair
    /// (the notices are few, so it reads only their rows); SQLite asks once per distinct keywords.
    /// </summary>
    public async Task<IReadOnlyList<KeywordHit>> HitsAsync(IReadOnlyList<string> keywordList, IReadOnlyCollection<string> ocids,
        CancellationToken cancellationToken)
    {
        if (keywordList.Count == 0 || ocids.Count == 0) return [];
        var wanted = ocids.ToArray();
        if (database.IsPostgres)
        {
            var texts = keywordList.ToArray();
            return await db.Database.SqlQuery<KeywordHit>($"""
                SELECT (k.n - 1)::int AS position, o.ocid
                FROM unnest({texts}::text[]) WITH ORDINALITY AS k(q, n)
                JOIN opportunities o ON o.ocid = ANY({wanted}) AND o.search_vector @@ websearch_to_tsquery('english', k.q)
                """).ToListAsync(cancellationToken);
        }
        var hits = new List<KeywordHit>();
        for (var position = 0; position < keywordList.Count; position++)
        {
            var matches = Matches(keywordList[position]);
            if (matches is null) continue;
            var found = await matches.Where(m => wanted.Contains(m.Ocid)).Select(m => m.Ocid).ToListAsync(cancellationToken);
            hits.AddRange(found.Select(ocid => new KeywordHit { Position = position, Ocid = ocid }));
        }
        return hits;
    }

    /// <summary>Brings SQLite's FTS5 row for the notice up to date; PostgreSQL needs nothing.</summary>
    public async Task UpdateAsync(Opportunity opportunity, CancellationToken cancellationToken)
    {
        if (database.IsPostgres) return;
        await db.Database.ExecuteSqlAsync($"DELETE FROM opportunity_text WHERE ocid = {opportunity.Ocid}", cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO opportunity_text (ocid, title, description) VALUES ({opportunity.Ocid}, {opportunity.Title}, {opportunity.Description})",
            cancellationToken);
    }
}
