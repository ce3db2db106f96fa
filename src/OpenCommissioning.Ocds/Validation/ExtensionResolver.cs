using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Validation;

/// <summary>An extension found offline: its release schema patch and its codelist files by name.</summary>
internal sealed record ResolvedExtension(string Name, JsonNode? ReleaseSchemaPatch, IReadOnlyDictionary<string, string> Codelists);

/// <summary>
/// Maps an extension's URL to a local copy by its repository name — never the network. A copy in the configured
/// folder wins over the embedded one, so a publisher's newer extension can be used without a new release of
/// this library. A copy named <c>&lt;repository&gt;_&lt;branch&gt;</c> is preferred where the URL names a branch
/// (the bid extension's master branch differs from its release, for example).
/// </summary>
internal sealed class ExtensionResolver(string? folder)
{
    private const string Embedded = "extensions/";

    public ResolvedExtension? Resolve(string url)
    {
        foreach (var name in CandidateNames(url))
        {
            if (folder is not null && Directory.Exists(Path.Combine(folder, name))) return FromFolder(name);
            if (EmbeddedSchemas.Names.Any(n => n.StartsWith($"{Embedded}{name}/", StringComparison.Ordinal)))
                return FromEmbedded(name);
        }
        return null;
    }

    /// <summary>
    /// The repository name is the path segment that looks like an OCDS extension's repository (as in
    /// raw.githubusercontent.com/owner/ocds_lots_extension/master/extension.json); the next segment is the branch.
    /// </summary>
    internal static IEnumerable<string> CandidateNames(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) yield break;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(segments, s => s.StartsWith("ocds_", StringComparison.OrdinalIgnoreCase)
            && s.Contains("_extension", StringComparison.OrdinalIgnoreCase));
        if (at < 0) yield break;
        var repository = segments[at];
        if (uri.Host == "github.com" && at + 2 < segments.Length && segments[at + 1] is "blob" or "raw" or "tree")
            at++;
        if (at + 2 < segments.Length) yield return $"{repository}_{segments[at + 1]}";
        yield return repository;
    }

    private ResolvedExtension FromFolder(string name)
    {
        var root = Path.Combine(folder!, name);
        var schemaFile = Path.Combine(root, "release-schema.json");
        var patch = File.Exists(schemaFile) ? JsonNode.Parse(File.ReadAllText(schemaFile)) : null;
        var codelistFolder = Path.Combine(root, "codelists");
        var codelists = Directory.Exists(codelistFolder)
            ? Directory.EnumerateFiles(codelistFolder, "*.csv").ToDictionary(f => Path.GetFileName(f), File.ReadAllText)
            : new Dictionary<string, string>();
        return new ResolvedExtension(name, patch, codelists);
    }

    private static ResolvedExtension FromEmbedded(string name)
    {
        var prefix = $"{Embedded}{name}/";
        var schemaName = prefix + "release-schema.json";
        var patch = EmbeddedSchemas.Exists(schemaName) ? EmbeddedSchemas.ReadJson(schemaName) : null;
        var codelists = EmbeddedSchemas.Names
            .Where(n => n.StartsWith(prefix + "codelists/", StringComparison.Ordinal) && n.EndsWith(".csv", StringComparison.Ordinal))
            .ToDictionary(n => n[(prefix.Length + "codelists/".Length)..], EmbeddedSchemas.ReadText);
        return new ResolvedExtension(name, patch, codelists);
    }
}
