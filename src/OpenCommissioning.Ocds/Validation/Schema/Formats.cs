namespace OpenCommissioning.Ocds.Validation.Schema;

/// <summary>The draft-4 formats the OCDS schemas use, checked as strictly as the OCDS Data Review Tool does.</summary>
internal static class Formats
{
    public static bool IsValid(StringFormat format, string text) => format switch
    {
        StringFormat.DateTime => IsDateTime(text),
        StringFormat.Uri => Uri.TryCreate(text, UriKind.Absolute, out _),
        StringFormat.Email => IsEmail(text),
        _ => true,
    };

    public static string Explain(StringFormat format, string value) => format switch
    {
        StringFormat.DateTime =>
            $"'{value}' is not a date and time in the form 2025-01-31T09:00:00Z (with a time zone, as RFC 3339 requires).",
        StringFormat.Uri => $"'{value}' is not a full web address (URI), such as https://example.com/notice.",
        _ => $"'{value}' is not an email address.",
    };

    /// <summary>RFC 3339 date-time: 2025-01-31T09:00:00, optional fraction, then Z or an offset.</summary>
    internal static bool IsDateTime(string s)
    {
        if (s.Length < 20) return false;
        if (!Digits(s, 0, 4) || s[4] != '-' || !Digits(s, 5, 2) || s[7] != '-' || !Digits(s, 8, 2)) return false;
        if (s[10] is not ('T' or 't') || !Digits(s, 11, 2) || s[13] != ':' || !Digits(s, 14, 2) || s[16] != ':'
            || !Digits(s, 17, 2)) return false;
        var i = 19;
        if (s[i] == '.')
        {
            var start = ++i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == start) return false;
        }
        if (i == s.Length) return false;
        if (s[i] is 'Z' or 'z') i++;
        else if (s[i] is '+' or '-' && i + 6 == s.Length && Digits(s, i + 1, 2) && s[i + 3] == ':' && Digits(s, i + 4, 2))
        {
            if (Number(s, i + 1) > 23 || Number(s, i + 4) > 59) return false;
            i += 6;
        }
        else return false;
        if (i != s.Length) return false;
        var (year, month, day) = (Number(s, 0) * 100 + Number(s, 2), Number(s, 5), Number(s, 8));
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(year, 1), month)
            && Number(s, 11) <= 23 && Number(s, 14) <= 59 && Number(s, 17) <= 60;
    }

    private static bool IsEmail(string s)
    {
        var at = s.IndexOf('@');
        return at > 0 && at < s.Length - 1 && s.IndexOf('@', at + 1) < 0 && !s.Any(char.IsWhiteSpace);
    }

    private static bool Digits(string s, int start, int count)
    {
        for (var i = start; i < start + count; i++)
            if (!char.IsAsciiDigit(s[i])) return false;
        return true;
    }

    private static int Number(string s, int start) => (s[start] - '0') * 10 + (s[start + 1] - '0');
}
