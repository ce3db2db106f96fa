using System.Globalization;

namespace OpenCommissioning.Organisations;

/// <summary>
/// Reads a buyer's shortest tender period as typed: whole days from 1 to 365, an empty box meaning "use the
/// service's default". People type "25 days" as often as "25", so the word is allowed.
/// </summary>
public static class TenderPeriodDays
{
    public const int Shortest = 1;
    public const int Longest = 365;

    /// <param name="what">The procurements the figure is for, as the messages name them: "open procedures".</param>
    /// <param name="example">A figure to show in the message, such as the service's default.</param>
    public static int? Read(string? typed, string what, int example, Action<string> error)
    {
        var text = (typed ?? "").Trim();
        if (text.Length == 0) return null;
        foreach (var word in (string[])["days", "day"])
        {
            if (text.EndsWith(word, StringComparison.OrdinalIgnoreCase)) { text = text[..^word.Length].TrimEnd(); break; }
        }
        var sign = text.StartsWith('-') ? 1 : 0;
        if (text.Length == sign || !text.Skip(sign).All(char.IsAsciiDigit))
        {
            error($"Enter the shortest tender period for {what} in days, like {example}");
            return null;
        }
        // Any whole number is answered with the range, however many digits it has.
        if (sign == 1 || text.Length > 3 || int.Parse(text, CultureInfo.InvariantCulture) is < Shortest or > Longest)
        {
            error($"Shortest tender period for {what} must be between {Shortest} and {Longest} days");
            return null;
        }
        return int.Parse(text, CultureInfo.InvariantCulture);
    }
}
