using System.Text;

namespace OpenCommissioning.Harvesting;

/// <summary>A response body turned into text, with a note when it had to be read leniently.</summary>
public sealed record PageText(string Text, string? Repair);

/// <summary>
/// Decodes portal responses leniently. Contracts Finder has served bodies that are not valid UTF-8 (Windows-1252
/// bytes for £ and curly quotes) and bodies labelled ISO-8859-1 that are really UTF-8; both are read, and the repair
/// is noted so an administrator can see it. Raw control characters inside strings (invalid JSON) are escaped.
/// </summary>
public static class PageTexts
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PageTexts() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static PageText Decode(ReadOnlySpan<byte> body, string? charset)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) body = body[3..];
        var label = charset?.Trim('"', ' ').ToLowerInvariant();
        string text;
        string? repair = null;
        try
        {
            text = StrictUtf8.GetString(body);
            if (label is not null && label is not ("utf-8" or "utf8" or "us-ascii") && HasNonAscii(body))
                repair = $"The page was labelled {label} but was UTF-8; it was read as UTF-8.";
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.GetEncoding(1252).GetString(body);
            repair = "The page was not valid UTF-8; it was read as Windows-1252.";
        }
        var escaped = EscapeControlCharacters(text);
        if (!ReferenceEquals(escaped, text)) repair = (repair is null ? "" : repair + " ") + "Raw control characters inside strings were escaped.";
        return new PageText(escaped, repair);
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> body)
    {
        foreach (var b in body) if (b >= 0x80) return true;
        return false;
    }

    /// <summary>Escapes control characters that appear unescaped inside JSON strings; the same instance when there are none.</summary>
    public static string EscapeControlCharacters(string json)
    {
        StringBuilder? fixedText = null;
        var inString = false;
        var escaping = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString && !escaping && c < 0x20)
            {
                fixedText ??= new StringBuilder(json.Length + 16).Append(json, 0, i);
                fixedText.Append($"\\u{(int)c:x4}");
                continue;
            }
            fixedText?.Append(c);
            if (escaping) escaping = false;
            else if (inString && c == '\\') escaping = true;
            else if (c == '"') inString = !inString;
        }
        return fixedText?.ToString() ?? json;
    }
}
