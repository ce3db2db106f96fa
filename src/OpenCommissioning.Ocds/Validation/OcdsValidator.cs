using System.Text.Json;
using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Validation.Schema;

namespace OpenCommissioning.Ocds.Validation;

/// <summary>
/// Checks OCDS data as the OCDS Data Review Tool does: the input itself, the JSON Schema (draft 4) with the
/// extensions the data declares (resolved offline), and the OCDS rules the schema cannot express.
/// </summary>
public sealed class OcdsValidator(ValidatorOptions? options = null)
{
    private readonly ValidatorOptions options = options ?? new ValidatorOptions();

    /// <summary>Checks encoding and well-formedness, then everything else. Never throws for bad data.</summary>
    public ValidationReport Validate(Stream utf8Json, string? fileName = null)
    {
        // Sized up front where possible: growing a buffer by doubling would need twice the memory on large files.
        using var buffer = new MemoryStream(utf8Json.CanSeek ? (int)Math.Min(int.MaxValue, utf8Json.Length - utf8Json.Position) : 0);
        utf8Json.CopyTo(buffer);
        var (document, inputFindings) = InputReader.Read(buffer.GetBuffer(), (int)buffer.Length, fileName);
        if (document is null) return Unreadable(inputFindings, fileName);
        using (document) return Validate(document.RootElement, inputFindings, fileName);
    }

    public ValidationReport Validate(JsonNode document)
    {
        using var parsed = JsonNodes.ToDocument(document);
        return Validate(parsed.RootElement, [], null);
    }

    /// <summary>Checks one release against the release schema with the given extensions; paths start inside the release.</summary>
    public IReadOnlyList<Finding> ValidateRelease(JsonNode release, IReadOnlyList<string>? extensionUrls = null)
    {
        var sink = new FindingSink(options.MaxFindingsPerCode);
        var schemas = SchemaSet.For(extensionUrls ?? [], options.ExtensionsFolder);
        ReportUnresolved(sink, schemas, "");
        using var parsed = JsonNodes.ToDocument(release);
        var element = parsed.RootElement;
        new SchemaWalker(sink, new JsonPointerPath()).Walk(element, schemas.Release);
        if (element.ValueKind == JsonValueKind.Object) new PackageChecks(sink).CheckRelease(element);
        return sink.ToList();
    }

    private ValidationReport Validate(JsonElement root, List<Finding> inputFindings, string? fileName)
    {
        var sink = new FindingSink(options.MaxFindingsPerCode);
        foreach (var finding in inputFindings) sink.Report(finding.Code, finding.Severity, finding.Path, finding.Value, finding.Message);
        var kind = KindOf(root);
        var checks = new PackageChecks(sink);
        if (kind == DocumentKind.Unknown)
            sink.Report("input.unknown-kind", Severity.Error, "", null, root.ValueKind == JsonValueKind.Object
                ? "This is not a release package, a record package or a release: it has no 'releases', 'records' or 'ocid'."
                : $"The data must be a JSON object (a release package, a record package or a release), but it is {Describe(root)}.");
        else
        {
            var schemas = SchemaSet.For(ExtensionsOf(root), options.ExtensionsFolder);
            ReportUnresolved(sink, schemas, "extensions");
            var walker = new SchemaWalker(sink, new JsonPointerPath());
            switch (kind)
            {
                case DocumentKind.ReleasePackage:
                    walker.Walk(root, schemas.ReleasePackage);
                    checks.CheckVersion(root);
                    checks.CheckReleasePackage(root);
                    break;
                case DocumentKind.RecordPackage:
                    walker.Walk(root, schemas.RecordPackage);
                    checks.CheckVersion(root);
                    checks.CheckRecordPackage(root);
                    break;
                default:
                    sink.Report("input.bare-release", Severity.Note, "", null,
                        "This is a single release, not in a package; it was checked against the release schema.");
                    walker.Walk(root, schemas.Release);
                    checks.CheckRelease(root);
                    break;
            }
        }
        return new ValidationReport
        {
            FileName = fileName, Kind = kind, Findings = sink.ToList(), Releases = checks.Releases,
            UniqueOcids = checks.Ocids.Count, CountsByCode = sink.CountsCopy(),
        };
    }

    private static DocumentKind KindOf(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return DocumentKind.Unknown;
        if (root.TryGetProperty("releases", out _)) return DocumentKind.ReleasePackage;
        if (root.TryGetProperty("records", out _)) return DocumentKind.RecordPackage;
        return root.TryGetProperty("ocid", out _) ? DocumentKind.Release : DocumentKind.Unknown;
    }

    private static List<string> ExtensionsOf(JsonElement root) =>
        root.TryGetProperty("extensions", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    private static void ReportUnresolved(FindingSink sink, SchemaSet schemas, string at)
    {
        foreach (var url in schemas.UnresolvedExtensions)
            sink.Report("extension.unresolved", Severity.Warning, at, url,
                $"The extension '{url}' has no local copy, so fields it adds are reported as additional fields. " +
                "Add a copy to the extensions folder to check them.");
        foreach (var reference in schemas.BrokenReferences)
            sink.Report("extension.broken-reference", Severity.Note, at, reference,
                $"The declared extensions refer to '{reference}', which none of them defines (it may come from " +
                "another extension that is not declared), so values there are not checked.");
    }

    private static ValidationReport Unreadable(List<Finding> findings, string? fileName) => new()
    {
        FileName = fileName, Kind = DocumentKind.Unknown, Findings = findings,
        CountsByCode = findings.GroupBy(f => f.Code).ToDictionary(g => g.Key, g => g.Count()),
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "a list", JsonValueKind.String => "text", JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null", _ => "true or false",
    };
}
