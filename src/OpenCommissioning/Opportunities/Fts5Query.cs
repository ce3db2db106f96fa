using System.Text;

namespace OpenCommissioning.Opportunities;

/// <summary>
/// Turns what a person types into an FTS5 query that behaves like PostgreSQL's websearch_to_tsquery: words must all
/// appear, "quoted words" must appear together, OR between two terms allows either. Every term is quoted, so
/// FTS5's own operators and punctuation typed by accident can never make the query fail.
/// </summary>
public static class Fts5Query
{
    public static string? From(string text)
    {
        var terms = new List<string>();
        var pendingOr = false;
        foreach (var (term, phrase) in Terms(text))
        {
            if (!phrase && term.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                pendingOr = terms.Count > 0;
                continue;
            }
            var quoted = $"\"{term}\"";
            if (pendingOr) terms[^1] = $"{terms[^1]} OR {quoted}";
            else terms.Add(quoted);
            pendingOr = false;
        }
        return terms.Count == 0 ? null : string.Join(" AND ", terms.Select(t => t.Contains(" OR ") ? $"({t})" : t));
    }

    private static IEnumerable<(string Term, bool Phrase)> Terms(string text)
    {
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            var inQuotes = i % 2 == 1;
            var words = Words(parts[i]);
            if (inQuotes && words.Count > 0) yield return (string.Join(' ', words), true);
            else foreach (var word in words) yield return (word, false);
        }
    }

    /// <summary>Letters and digits only; everything else separates words, as the unicode61 tokenizer does.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        return words;
    }
}
