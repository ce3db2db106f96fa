using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Opportunities;

/// <summary>
/// The yes/no filters as a PostgreSQL tsquery over the projection's <c>filter_vector</c>: each notice carries
/// lexemes such as <c>sme</c>, <c>r:UKD</c> (one per region and ancestor), <c>c:8531</c> (every prefix of each CPV code),
/// <c>t:Tender</c> and <c>k:Contract</c>, <c>dup</c> when it duplicates another notice, and the months it was published
/// and closes (<see cref="MonthLexemes"/>). One GIN index holds these and the keywords, so a search intersects their
/// posting lists in a single index scan and reads from the table only the notices that pass them all
/// (docs/decisions/0006, 0007). Ranges (value, exact dates, the clock's part of open and closed) stay on the table
/// and its btree indexes.
/// </summary>
internal static class FilterLexemes
{
    /// <summary>
    /// The tsquery text, or null when the query asks for none of the indexed filters. With
    /// <paramref name="bounds"/>, date filters narrow by month too.
    /// </summary>
    public static string? For(OpportunityQuery query, DateBounds? bounds = null)
    {
        var groups = new List<string>();
        if (query.Kind is { } kind) groups.Add(Lexeme("k:" + kind));
        if (query.NoticeTypes.Count > 0) groups.Add(AnyOf(query.NoticeTypes.Distinct().Select(t => Lexeme("t:" + t))));
        // Open and closed are tested on the table anyway (their closing date), and their types are most notices:
        // intersecting those posting lists cost more (50 ms with "cleaning") than it saved.
        if (query.Statuses.Count > 0 && !query.Statuses.Any(IsByDate))
            groups.Add(AnyOf(query.Statuses.SelectMany(TypesOf).Distinct().Select(t => Lexeme("t:" + t))));
        if (query.CpvCodes.Count > 0) groups.Add(AnyOf(query.CpvCodes.Select(c => Lexeme("c:" + CpvCodes.PrefixOf(c)))));
        if (query.Regions.Count > 0) groups.Add(AnyOf(query.Regions.Distinct().Select(r => Lexeme("r:" + r))));
        if (query.SuitableForSme) groups.Add(Lexeme("sme"));
        if (query.SuitableForVcse) groups.Add(Lexeme("vcse"));
        if (query.SubContractsOnly) groups.Add(Lexeme("sub"));
        groups.AddRange(MonthLexemes.For(query, bounds));
        if (groups.Count == 0) return null;
        // Alone, a negation would make the index read every entry; beside another lexeme it only excludes.
        groups.Add("!" + Lexeme("dup"));
        return string.Join(" & ", groups);
    }

    /// <summary>Whether a status depends on the closing date as well as the notice type.</summary>
    public static bool IsByDate(OpportunityStatus status) => status is OpportunityStatus.Open or OpportunityStatus.Closed;

    /// <summary>The notice types a status implies; open and closed also depend on the closing date.</summary>
    public static IEnumerable<NoticeType> TypesOf(OpportunityStatus status) => status switch
    {
        OpportunityStatus.Cancelled => [NoticeType.Cancellation],
        OpportunityStatus.Awarded => [NoticeType.Award, NoticeType.Contract],
        OpportunityStatus.Planned => [NoticeType.Planning],
        _ => [NoticeType.Tender],
    };

    private static string AnyOf(IEnumerable<string> lexemes) => "(" + string.Join(" | ", lexemes) + ")";

    // Quoted, so that a code is one lexeme whatever it contains; the values are validated codes anyway.
    private static string Lexeme(string text) => "'" + text.Replace("\\", "\\\\").Replace("'", "''") + "'";
}
