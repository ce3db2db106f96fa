using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace OpenCommissioning.Ocds.Validation;

/// <summary>
/// The checks on the input itself, before any schema: UTF-8 only, and well-formed JSON. A finding here means
/// nothing else can be checked, so it comes back instead of a parsed document.
/// </summary>
internal static class InputReader
{
    private static readonly JsonDocumentOptions Strict = new() { MaxDepth = 256 };

    public static (JsonDocument? Document, List<Finding> Findings) Read(byte[] bytes, int length, string? fileName)
    {
        var findings = new List<Finding>();
        var data = new ReadOnlyMemory<byte>(bytes, 0, length);
        var name = fileName is null ? "The input" : $"The file '{fileName}'";
        if (OtherEncoding(data.Span) is { } encoding)
        {
            findings.Add(new Finding("input.encoding", Severity.Error, "", null,
                $"{name} is in {encoding}, but OCDS data must be UTF-8. Save it as UTF-8 and try again."));
            return (null, findings);
        }
        if (data.Span.StartsWith("\uFEFF"u8))
        {
            data = data[3..];
            findings.Add(new Finding("input.utf8-bom", Severity.Warning, "", null,
                $"{name} starts with a byte order mark, which JSON does not allow; most tools ignore it, some do not."));
        }
        if (!Utf8.IsValid(data.Span))
        {
            var (line, column) = Position(data.Span, FirstInvalid(data.Span));
            findings.Add(new Finding("input.encoding", Severity.Error, "", null,
                $"{name} is not valid UTF-8: line {line}, byte {column} is not part of a UTF-8 character. " +
                "OCDS data must be UTF-8; it may have been saved as Windows-1252 or Latin-1."));
            return (null, findings);
        }
        try
        {
            return (JsonDocument.Parse(data, Strict), findings);
        }
        catch (JsonException error)
        {
            findings.Add(new Finding("input.json", Severity.Error, "", null,
                $"{name} is not well-formed JSON: at line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1}, "
                + $"{Explain(error)}"));
            return (null, findings);
        }
    }

    private static string? OtherEncoding(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) || data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return "UTF-32";
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return "UTF-16";
        // Without a byte order mark, UTF-16 text that starts with '{' or '[' has a zero byte beside it.
        if (data.Length >= 2 && (data[0] == 0) != (data[1] == 0)) return "UTF-16";
        return null;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> data)
    {
        var status = Utf8.ToUtf16(data, new char[data.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? data.Length : read;
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> data, int offset)
    {
        var before = data[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, offset - lineStart + 1);
    }

    /// <summary>System.Text.Json's messages name internal types; keep only the part a person can act on.</summary>
    private static string Explain(JsonException error)
    {
        var message = error.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        message = message.TrimEnd('.', ' ');
        return char.ToLowerInvariant(message[0]) + message[1..] + ".";
    }
}
