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

    public static (IReadOnlyList<string> Codes, string? Error) Read(string? typed)
    {
        var parts = (typed ?? "").Split([',', ' ', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return ([], Missing);
        // Counted before each code is looked up, so a long paste is refused at once.
        if (parts.Distinct().Count() > ListLimits.CpvCodes) return ([], ListLimits.TooManyCpvCodes);
        var codes = new List<string>();
        foreach (var part in parts)
        {
            var error = Check(part, out var code);
            if (error is not null) return ([], error);
            if (!codes.Contains(code!)) codes.Add(code!);
        }
        return (codes, null);
    }

    private static string? Check(string part, out string? code)
    {
        code = CpvCodes.Normalise(part);
        var dash = part.IndexOf('-');
        if (code is null || !Shape().IsMatch(part))
            return $"'{part}' is not in the form of a CPV code: enter 8 digits, like 85310000, or 8 digits and the check digit, like 85310000-5";
        if (!CheckDigits.Value.TryGetValue(code, out var expected) || CpvCodes.Find(code) is null)
            return $"{code} is not a CPV code. Check it against the list of CPV codes";
        if (dash >= 0 && part[^1..] != expected)
            return $"The check digit of {code} is {expected}, not {part[^1..]}. Check the code";
        return null;
    }

    public static string Label(string code) => CpvCodes.Find(code)?.Label ?? "";

    [GeneratedRegex(@"^[0-9]{8}(-[0-9])?$")]
    private static partial Regex Shape();
}
