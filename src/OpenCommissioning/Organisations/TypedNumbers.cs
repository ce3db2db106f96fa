using System.Globalization;

namespace OpenCommissioning.Organisations;

/// <summary>Reads numbers as people type them into forms: with spaces, commas and a pound sign.</summary>
internal static class TypedNumbers
{
    public static bool TryReadWholeNumber(string typed, out int value) =>
        int.TryParse(Clean(typed), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryReadPounds(string typed, out decimal value)
    {
        var cleaned = Clean(typed).Replace("£", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                   CultureInfo.InvariantCulture, out value)
               && decimal.Round(value, 2) == value;
    }

    private static string Clean(string typed) =>
        string.Concat(typed.Where(c => !char.IsWhiteSpace(c) && c != ','));
}
