using System.Text;
using System.Text.Json;
using System.Buffers;
using System.Text.Encodings.Web;

namespace OpenCommissioning.Ocds.Validation;

/// <summary>What the validator found in one document, and a summary of counts.</summary>
public sealed class ValidationReport
{
    public string? FileName { get; init; }
    public DocumentKind Kind { get; init; }
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public int Releases { get; init; }
    public int UniqueOcids { get; init; }
    /// <summary>How often each code was found — exact even when <see cref="Findings"/> keeps only some of them.</summary>
    public IReadOnlyDictionary<string, int> CountsByCode { get; init; } = new Dictionary<string, int>();

    /// <summary>Valid means no errors; warnings and notes are advice.</summary>
    public bool IsValid => Findings.All(f => f.Severity != Severity.Error);

    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine($"{FileName ?? "Input"}: {(IsValid ? "valid" : "not valid")} {KindName(Kind)}");
        text.AppendLine($"{Releases} {(Releases == 1 ? "release" : "releases")}, {UniqueOcids} contracting " +
                        $"{(UniqueOcids == 1 ? "process" : "processes")} (unique ocids)");
        foreach (var group in Findings.GroupBy(f => f.Severity).OrderBy(g => g.Key))
        {
            text.AppendLine().AppendLine($"{group.Key}s:");
            foreach (var finding in group)
            {
                var where = finding.Path.Length == 0 ? "(whole document)" : finding.Path;
                text.AppendLine($"  {where}: {finding.Message} [{finding.Code}]");
            }
        }
        if (CountsByCode.Count > 0)
        {
            text.AppendLine().AppendLine("Counts:");
            foreach (var (code, count) in CountsByCode.OrderBy(c => c.Key, StringComparer.Ordinal))
                text.AppendLine($"  {code}: {count}");
        }
        return text.ToString();
    }

    /// <summary>The report as JSON, with the same facts as <see cref="ToText"/>, for tools.</summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
               { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (FileName is not null) json.WriteString("fileName", FileName);
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(Kind.ToString()));
            json.WriteBoolean("isValid", IsValid);
            json.WriteNumber("releases", Releases);
            json.WriteNumber("uniqueOcids", UniqueOcids);
            json.WriteStartObject("countsByCode");
            foreach (var (code, count) in CountsByCode.OrderBy(c => c.Key, StringComparer.Ordinal)) json.WriteNumber(code, count);
            json.WriteEndObject();
            json.WriteStartArray("findings");
            foreach (var finding in Findings)
            {
                json.WriteStartObject();
                json.WriteString("code", finding.Code);
                json.WriteString("severity", JsonNamingPolicy.CamelCase.ConvertName(finding.Severity.ToString()));
                json.WriteString("path", finding.Path);
                json.WriteString("value", finding.Value);
                json.WriteString("message", finding.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.ReleasePackage => "release package",
        DocumentKind.RecordPackage => "record package",
        DocumentKind.Release => "release (not in a package)",
        _ => "document (neither a release package, a record package nor a release)",
    };
}
