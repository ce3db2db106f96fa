using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Validation;

/// <summary>
/// The core release schema patched with extensions, in the order given: what validation checks against and what
/// the merge reads its rules from (<see cref="Merging.MergeRules.ForExtensions"/>), so the two cannot disagree.
/// </summary>
internal static class ExtendedReleaseSchema
{
    /// <param name="extensionUrls">The extensions to apply, by the URL a package declares.</param>
    /// <param name="extensionsFolder">A folder of extension copies to look in before the embedded ones; null for those alone.</param>
    /// <param name="unresolved">Receives each extension with no copy here, which patches nothing.</param>
    /// <param name="resolved">Called for each extension applied, for what else it brings (its codelists).</param>
    public static JsonNode Build(IEnumerable<string> extensionUrls, string? extensionsFolder, List<string> unresolved,
        Action<ResolvedExtension>? resolved = null)
    {
        var resolver = new ExtensionResolver(extensionsFolder);
        var release = EmbeddedSchemas.ReadJson(EmbeddedSchemas.ReleaseSchema);
        foreach (var url in extensionUrls)
        {
            if (resolver.Resolve(url) is not { } extension)
            {
                unresolved.Add(url);
                continue;
            }
            if (extension.ReleaseSchemaPatch is { } patch) release = JsonMergePatch.Apply(release, patch)!;
            resolved?.Invoke(extension);
        }
        return release;
    }
}
