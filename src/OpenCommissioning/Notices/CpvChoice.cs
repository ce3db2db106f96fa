using System.Text.RegularExpressions;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Notices;

/// <summary>
/// Reads the CPV codes typed into a notice: "85310000" or "85310000-5", separated by commas or spaces, each a code
/// of the 2008 vocabulary, and the check digit right when one is given (a wrong one means a mistyped code).
/// </summary>
public static partial class CpvChoice
{
    public const string Missing = "Enter at least one CPV code, like 85310000";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> CheckDigits = new(() =>
        ReferenceFiles.ReadCsv("cpv-2008.csv").ToDictionary(f => f[0], f => f[1]));

    public static (IReadOnlyList<string> Codes, string? Error) Read(string? typed) => Read(typed, lot: null);

    /// <summary>
    /// A lot's codes, read like the notice's: a lot may have none (it then has no codes of its own, and takes none
    /// from the notice), and every message names the lot, so the error summary says which row to fix.
    /// </summary>
    public static (IReadOnlyList<string> Codes, string? Error) ReadForLot(string? typed, int lotNumber) =>
        string.IsNullOrWhiteSpace(typed) ? ([], null) : Read(typed, lotNumber);

    private static (IReadOnlyList<string> Codes, string? Error) Read(string? typed, int? lot)
    {
        var parts = (typed ?? "").Split([',', ' ', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return ([], Missing);
        // Counted before each code is looked up, so a long paste is refused at once.
        if (parts.Distinct().Count() > ListLimits.CpvCodes) return ([], lot is { } n ? ListLimits.TooManyCpvCodesInLot(n) : ListLimits.TooManyCpvCodes);
        var where = lot is { } number ? $" in lot {number}" : "";
        var codes = new List<string>();
        foreach (var part in parts)
        {
            var error = Check(part, where, out var code);
            if (error is not null) return ([], error);
            if (!codes.Contains(code!)) codes.Add(code!);
        }
        return (codes, null);
    }

    private static string? Check(string part, string where, out string? code)
    {
        code = CpvCodes.Normalise(part);
        var dash = part.IndexOf('-');
        if (code is null || !Shape().IsMatch(part))
            return $"'{part}'{where} is not in the form of a CPV code: enter 8 digits, like 85310000, or 8 digits and the check digit, like 85310000-5";
        if (!CheckDigits.Value.TryGetValue(code, out var expected) || CpvCodes.Find(code) is null)
            return $"{code}{where} is not a CPV code. Check it against the list of CPV codes";
        if (dash >= 0 && part[^1..] != expected)
            return $"The check digit of {code}{where} is {expected}, not {part[^1..]}. Check the code";
        return null;
    }

    public static string Label(string code) => CpvCodes.Find(code)?.Label ?? "";

    [GeneratedRegex(@"^[0-9]{8}(-[0-9])?$")]
    private static partial Regex Shape();
}
