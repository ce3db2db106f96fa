using System.Buffers.Text;
using System.Text;

namespace OpenCommissioning.OpenData.Api;

/// <summary>
/// The opaque cursor in <c>links.next</c>: the sequence of the last release on the page. Sequences only grow, so a
/// client walking the pages sees every release once even while new ones are added.
/// </summary>
public static class ReleaseCursor
{
    private const string Prefix = "after:";

    public static string Encode(long sequence) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + sequence));

    public static bool TryDecode(string cursor, out long sequence)
    {
        sequence = 0;
        if (cursor.Length > 64) return false;
        byte[] bytes;
        try { bytes = Base64Url.DecodeFromChars(cursor); }
        catch (FormatException) { return false; }
        var text = Encoding.UTF8.GetString(bytes);
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, null, out sequence);
    }
}
