using System.Text.RegularExpressions;

namespace OpenCommissioning.Organisations;

/// <summary>
/// Company numbers are 8 characters: 8 digits for England and Wales, or a 2-character prefix naming the
/// jurisdiction or kind of body and 6 digits. Prefixes are those Companies House allocates.
/// </summary>
public static partial class CompaniesHouseNumbers
{
    public static IReadOnlyDictionary<string, string> Prefixes { get; } = new Dictionary<string, string>
    {
        ["AC"] = "Assurance company (England and Wales)",
        ["CE"] = "Charitable incorporated organisation (England and Wales)",
        ["CS"] = "Scottish charitable incorporated organisation",
        ["EN"] = "European company (Northern Ireland)",
        ["ES"] = "European company (Scotland)",
        ["FC"] = "Overseas company",
        ["GE"] = "European economic interest grouping (England and Wales)",
        ["GN"] = "European economic interest grouping (Northern Ireland)",
        ["GS"] = "European economic interest grouping (Scotland)",
        ["IC"] = "Investment company with variable capital (England and Wales)",
        ["IP"] = "Industrial and provident society (England and Wales)",
        ["LP"] = "Limited partnership (England and Wales)",
        ["NA"] = "Assurance company (Northern Ireland)",
        ["NC"] = "Limited liability partnership (Northern Ireland)",
        ["NF"] = "Overseas company (Northern Ireland, before October 2009)",
        ["NI"] = "Northern Ireland company",
        ["NL"] = "Limited partnership (Northern Ireland)",
        ["NO"] = "Industrial and provident society (Northern Ireland)",
        ["NP"] = "Industrial and provident society or credit union (Northern Ireland)",
        ["NR"] = "Royal charter company (Northern Ireland)",
        ["NV"] = "Investment company with variable capital (Northern Ireland)",
        ["NZ"] = "Unregistered company (Northern Ireland)",
        ["OC"] = "Limited liability partnership (England and Wales)",
        ["OE"] = "Overseas entity",
        ["R0"] = "Northern Ireland company (before partition)",
        ["RC"] = "Royal charter company (England and Wales)",
        ["RS"] = "Registered society (England and Wales)",
        ["SA"] = "Assurance company (Scotland)",
        ["SC"] = "Scottish company",
        ["SE"] = "European company (England and Wales)",
        ["SF"] = "Overseas company (Scotland, before October 2009)",
        ["SG"] = "Scottish qualifying partnership",
        ["SI"] = "Investment company with variable capital (Scotland)",
        ["SL"] = "Limited partnership (Scotland)",
        ["SO"] = "Limited liability partnership (Scotland)",
        ["SP"] = "Industrial and provident society (Scotland)",
        ["SR"] = "Royal charter company (Scotland)",
        ["SZ"] = "Unregistered company (Scotland)",
        ["ZC"] = "Unregistered company (England and Wales)",
    };

    /// <summary>Prefixes of charitable incorporated organisations, which count as charities.</summary>
    public static IReadOnlySet<string> CharityPrefixes { get; } = new HashSet<string> { "CE", "CS" };

    /// <summary>Prefixes of registered (co-operative and community benefit) societies.</summary>
    public static IReadOnlySet<string> SocietyPrefixes { get; } = new HashSet<string> { "IP", "NO", "NP", "RS", "SP" };

    /// <summary>The canonical 8-character number, or null when the text is not a company number.</summary>
    public static string? ToCanonical(string typed)
    {
        if (AllDigits().IsMatch(typed))
        {
            // Companies House drops leading zeros in some documents; the register always has 8 digits.
            return typed.PadLeft(8, '0');
        }

        var match = Prefixed().Match(typed);
        if (!match.Success || !Prefixes.ContainsKey(match.Groups["prefix"].Value))
        {
            return null;
        }

        return match.Groups["prefix"].Value + match.Groups["digits"].Value.PadLeft(6, '0');
    }

    /// <summary>A message naming the prefix when the number is well formed but its prefix is not one Companies House uses.</summary>
    public static string? ExplainUnknownPrefix(string typed)
    {
        var match = Prefixed().Match(typed);
        return match.Success && !Prefixes.ContainsKey(match.Groups["prefix"].Value)
            ? $"{match.Groups["prefix"].Value} is not a Companies House prefix: enter 8 digits, like 09506232, "
              + "or a prefix such as SC, NI or OC and 6 digits, like SC123456"
            : null;
    }

    /// <summary>The prefix of a canonical number, or empty for an England and Wales company.</summary>
    public static string PrefixOf(string canonical) =>
        canonical.Length == 8 && !char.IsDigit(canonical[0]) ? canonical[..2] : string.Empty;

    [GeneratedRegex(@"^\d{1,8}$")]
    private static partial Regex AllDigits();

    [GeneratedRegex(@"^(?<prefix>[A-Z][A-Z0-9])(?<digits>\d{1,6})$")]
    private static partial Regex Prefixed();
}
