using System.Text.RegularExpressions;

namespace OpenCommissioning.Organisations;

/// <summary>UK postcodes, stored in the Royal Mail's printed form: capitals with one space before the last 3 characters.</summary>
public static partial class UkPostcode
{
    public const string FormatMessage = "Enter a full UK postcode, like SW1A 2AA";

    /// <summary>The postcode in its printed form, or null when it is not the shape of a UK postcode.</summary>
    public static string? Normalise(string? text)
    {
        var typed = IdentifierScheme.Normalise(text);
        return Shape().IsMatch(typed) ? $"{typed[..^3]} {typed[^3..]}" : null;
    }

    public static bool IsValid(string? text) => Normalise(text) is not null;

    // Outward code: area (1-2 letters) and district (a digit, then a digit or letter); inward: digit and 2 letters.
    // GIR 0AA is Girobank's historic exception that is still in use.
    [GeneratedRegex(@"^([A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}|GIR0AA)$")]
    private static partial Regex Shape();
}
