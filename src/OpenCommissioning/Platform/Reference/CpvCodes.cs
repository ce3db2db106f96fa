namespace OpenCommissioning.Platform.Reference;

public sealed record CpvCode(string Code, string Label)
{
    /// <summary>
    /// The digits every code beneath this one starts with: the code without its trailing zeros, never shorter than
    /// the two digits of a division.
    /// </summary>
    public string Prefix => CpvCodes.PrefixOf(Code);
}

/// <summary>The Common Procurement Vocabulary (2008): look-up, search by words, and the hierarchy.</summary>
public static class CpvCodes
{
    private static readonly Lazy<IReadOnlyDictionary<string, CpvCode>> ByCode = new(() =>
        ReferenceFiles.ReadCsv("cpv-2008.csv").Select(f => new CpvCode(f[0], f[2])).ToDictionary(c => c.Code));

    public static IEnumerable<CpvCode> All => ByCode.Value.Values;

    public static CpvCode? Find(string code)
    {
        var digits = Normalise(code);
        return digits is not null && ByCode.Value.TryGetValue(digits, out var found) ? found : null;
    }

    /// <summary>The 8 digits of a code written as "85310000", "85310000-5" or with spaces; null when it is not one.</summary>
    public static string? Normalise(string code)
    {
        var text = code.Trim();
        var dash = text.IndexOf('-');
        if (dash >= 0) text = text[..dash];
        return text.Length == 8 && text.All(char.IsAsciiDigit) ? text : null;
    }

    public static string PrefixOf(string code)
    {
        var trimmed = code.TrimEnd('0');
        return trimmed.Length < 2 ? code[..2] : trimmed;
    }

    /// <summary>Whether <paramref name="code"/> is <paramref name="ancestor"/> or beneath it.</summary>
    public static bool Includes(string ancestor, string code) => code.StartsWith(PrefixOf(ancestor), StringComparison.Ordinal);

    /// <summary>Codes whose code or label contains every word typed, those holding the words as typed first.</summary>
    public static IReadOnlyList<CpvCode> Search(string? words, int limit)
    {
        var terms = (words ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var phrase = string.Join(' ', terms);
        // Best first: "social work" puts "Social work services" before the building works that mention social
        // services and work apart. Then labels that start with the words, then the vocabulary's own order.
        return All.Where(c => terms.All(t => c.Code.StartsWith(t, StringComparison.Ordinal)
                || c.Label.Contains(t, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => !c.Label.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            .ThenBy(c => !c.Label.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            .ThenBy(c => c.Code, StringComparer.Ordinal).Take(limit).ToList();
    }
}
