using System.IO.Compression;
using System.Text;

namespace OpenCommissioning.Notices;

public enum DocumentKind { Pdf, Docx, Odt, Xlsx, Ods, Csv }

public sealed record DocumentCheckResult(DocumentKind? Kind, string? Error);

/// <summary>
/// Decides what an uploaded document is from its content — magic bytes, and for office files the zip entries that
/// make them one — never from its name alone, so a program renamed "tender.pdf" is refused. The name must agree.
/// </summary>
public static class DocumentCheck
{
    public const long MaxBytes = 25 * 1024 * 1024;
    public const string WrongType = "The selected file must be a PDF, DOCX, ODT, XLSX, ODS or CSV";

    private static readonly Dictionary<string, DocumentKind> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = DocumentKind.Pdf, [".docx"] = DocumentKind.Docx, [".odt"] = DocumentKind.Odt,
        [".xlsx"] = DocumentKind.Xlsx, [".ods"] = DocumentKind.Ods, [".csv"] = DocumentKind.Csv,
    };

    public static DocumentCheckResult Check(string fileName, byte[] content) => Check(fileName, content, MaxBytes);

    public static DocumentCheckResult Check(string fileName, byte[] content, long maxBytes)
    {
        if (content.Length == 0) return Refuse(Empty);
        if (content.Length > maxBytes) return Refuse(TooBig(maxBytes));
        if (IsProgram(content)) return Refuse("The selected file is a program, not a document. Programs cannot be uploaded");
        var found = Detect(content, out var error);
        if (error is not null) return Refuse(error);
        if (found is null) return Refuse(WrongType);
        if (!Extensions.TryGetValue(Path.GetExtension(fileName), out var named) || named != found)
            return Refuse($"The selected file is a {found.Value.ToString().ToUpperInvariant()} but its name does not end in .{found.Value.ToString().ToLowerInvariant()}. Rename it and try again");
        return new(found, null);
    }

    public const string Empty = "The selected file is empty";

    public static string TooBig(long maxBytes) => $"The selected file must be smaller than {Megabytes(maxBytes)} MB";

    private static string Megabytes(long bytes) =>
        (bytes / (1024m * 1024m)).ToString(bytes % (1024 * 1024) == 0 ? "0" : "0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static DocumentCheckResult Refuse(string error) => new(null, error);

    private static bool IsProgram(byte[] c) =>
        Starts(c, "MZ"u8) || Starts(c, [0x7F, (byte)'E', (byte)'L', (byte)'F']) || Starts(c, "#!"u8)
        || Starts(c, [0xCF, 0xFA, 0xED, 0xFE]) || Starts(c, [0xCE, 0xFA, 0xED, 0xFE]) || Starts(c, [0xCA, 0xFE, 0xBA, 0xBE]);

    private static DocumentKind? Detect(byte[] content, out string? error)
    {
        error = null;
        if (Starts(content, "%PDF-"u8)) return DocumentKind.Pdf;
        if (Starts(content, [0x50, 0x4B, 0x03, 0x04])) return Zipped(content, out error);
        return IsText(content) ? DocumentKind.Csv : null;
    }

    private static DocumentKind? Zipped(byte[] content, out string? error)
    {
        error = null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                error = "The selected file contains macros. Save it without macros and try again";
                return null;
            }
            if (names.Contains("[Content_Types].xml") && names.Contains("word/document.xml")) return DocumentKind.Docx;
            if (names.Contains("[Content_Types].xml") && names.Contains("xl/workbook.xml")) return DocumentKind.Xlsx;
            if (zip.GetEntry("mimetype") is { } entry)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
                var mime = reader.ReadToEnd().Trim();
                if (mime == "application/vnd.oasis.opendocument.text") return DocumentKind.Odt;
                if (mime == "application/vnd.oasis.opendocument.spreadsheet") return DocumentKind.Ods;
            }
            return null;
        }
        catch (InvalidDataException)
        {
            error = "The selected file is damaged and cannot be opened";
            return null;
        }
    }

    /// <summary>CSV is text: valid UTF-8 with no control characters other than tabs and line ends.</summary>
    private static bool IsText(byte[] content)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
            return text.All(ch => !char.IsControl(ch) || ch is '\t' or '\r' or '\n');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool Starts(byte[] content, ReadOnlySpan<byte> magic) => content.AsSpan().StartsWith(magic);
}
