using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Validation.Schema;

namespace OpenCommissioning.Ocds.Validation;

/// <summary>
/// The package and release schemas compiled with one set of extensions, and the codelists as those extensions
/// change them. Compiling takes far longer than validating one release, so sets are cached by their extensions.
/// </summary>
internal sealed class SchemaSet
{
    private static readonly ConcurrentDictionary<string, SchemaSet> Cache = new(StringComparer.Ordinal);
    private const string ReleaseSchemaId = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";
    private const string PackageSchemaBase = "https://standard.open-contracting.org/schema/1__1__5/";

    public required SchemaNode Release { get; init; }
    public required SchemaNode ReleasePackage { get; init; }
    public required SchemaNode RecordPackage { get; init; }
    public required IReadOnlyList<string> UnresolvedExtensions { get; init; }
    public required IReadOnlyList<string> BrokenReferences { get; init; }

    public static SchemaSet For(IReadOnlyList<string> extensionUrls, string? extensionsFolder)
    {
        var urls = extensionUrls.Distinct(StringComparer.Ordinal).ToList();
        var key = (extensionsFolder ?? "") + "\n" + string.Join("\n", urls);
        return Cache.GetOrAdd(key, _ => Build(urls, extensionsFolder));
    }

    private static SchemaSet Build(List<string> urls, string? extensionsFolder)
    {
        var codelists = CoreCodelists();
        var unresolved = new List<string>();
        var release = ExtendedReleaseSchema.Build(urls, extensionsFolder, unresolved,
            extension => { foreach (var (file, csv) in extension.Codelists) ApplyCodelist(codelists, file, csv); });
        // The extended schema keeps the core id, so the package schemas' references reach it.
        release["id"] = ReleaseSchemaId;

        var compiler = new SchemaCompiler(codelists);
        compiler.AddDocument(release.AsObject());
        foreach (var name in new[] { EmbeddedSchemas.ReleasePackageSchema, EmbeddedSchemas.RecordPackageSchema,
                     EmbeddedSchemas.VersionedReleaseValidationSchema })
            compiler.AddDocument(EmbeddedSchemas.ReadJson(name).AsObject());
        var releaseNode = compiler.Compile(ReleaseSchemaId);
        var releasePackage = compiler.Compile(PackageSchemaBase + EmbeddedSchemas.ReleasePackageSchema);
        var recordPackage = compiler.Compile(PackageSchemaBase + EmbeddedSchemas.RecordPackageSchema);
        return new SchemaSet
        {
            Release = releaseNode, ReleasePackage = releasePackage, RecordPackage = recordPackage,
            UnresolvedExtensions = unresolved, BrokenReferences = compiler.BrokenReferences,
        };
    }

    private static Dictionary<string, HashSet<string>> CoreCodelists() =>
        EmbeddedSchemas.Names.Where(n => n.StartsWith("codelists/", StringComparison.Ordinal))
            .ToDictionary(n => n["codelists/".Length..], n => CodelistReader.ReadCodes(EmbeddedSchemas.ReadText(n)));

    /// <summary><c>+name.csv</c> adds codes to a codelist, <c>-name.csv</c> removes them, and any other file replaces it.</summary>
    private static void ApplyCodelist(Dictionary<string, HashSet<string>> codelists, string file, string csv)
    {
        var codes = CodelistReader.ReadCodes(csv);
        var name = file.TrimStart('+', '-');
        var existing = codelists.TryGetValue(name, out var found) ? new HashSet<string>(found) : [];
        if (file.StartsWith('+')) existing.UnionWith(codes);
        else if (file.StartsWith('-')) existing.ExceptWith(codes);
        else existing = codes;
        codelists[name] = existing;
    }
}
