using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Merging;

/// <summary>
/// Which fields are omitted when merged, which arrays are replaced whole and which are merged by <c>id</c>,
/// derived from a release schema (never hard-coded), plus any per-path overrides. Immutable and safe to share
/// between threads.
/// </summary>
public sealed class MergeRules
{
    private static readonly Lazy<MergeRules> DefaultRules =
        new(() => FromSchema(EmbeddedSchemas.ReadJson(EmbeddedSchemas.ReleaseSchema)));

    private MergeRules(RuleNode root) => Root = root;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, MergeRules> ExtendedRules = new(StringComparer.Ordinal);

    /// <summary>The rules of the embedded OCDS 1.1.5 release schema, read once.</summary>
    public static MergeRules Default => DefaultRules.Value;

    /// <summary>
    /// The rules of the release schema patched with the extensions a package declares, those this library holds a
    /// copy of. A field an extension adds is otherwise unknown to the merge: an array of objects without ids there
    /// (such as the location extension's <c>deliveryAddresses</c>) is merged by identifier and repeats its objects
    /// release after release, where the extended schema says to replace it whole. Read once per list of extensions.
    /// </summary>
    public static MergeRules ForExtensions(IEnumerable<string> extensionUrls)
    {
        var urls = extensionUrls.Distinct(StringComparer.Ordinal).ToList();
        return ExtendedRules.GetOrAdd(string.Join("\n", urls),
            _ => FromSchema(Validation.ExtendedReleaseSchema.Build(urls, extensionsFolder: null, unresolved: [])));
    }

    internal RuleNode Root { get; }

    /// <summary>Rules from any release schema, for example one patched with extensions.</summary>
    /// <exception cref="ArgumentException">The schema is not a JSON object.</exception>
    public static MergeRules FromSchema(JsonNode releaseSchema)
    {
        ArgumentNullException.ThrowIfNull(releaseSchema);
        if (releaseSchema is not JsonObject schema)
        {
            throw new ArgumentException("A release schema must be a JSON object.", nameof(releaseSchema));
        }

        return new MergeRules(SchemaRuleReader.Read(schema));
    }

    /// <summary>
    /// New rules that merge the array at <paramref name="path"/> (property names separated by "/", without array
    /// positions, such as "awards/items") as <paramref name="how"/> says, for publishers who reuse ids badly.
    /// </summary>
    public MergeRules WithOverride(string path, ArrayMergeOverride how)
    {
        var names = SplitPath(path);
        var newRoot = Root.ShallowCopy();
        var parent = newRoot;
        foreach (var name in names)
        {
            // Copy only the nodes on the path; every other node is shared with these rules.
            var child = parent.TryGetChild(name, out var existing) ? existing.ShallowCopy() : new RuleNode();
            parent.SetChild(name, child);
            parent = child;
        }

        parent.Override = how;
        parent.WholeListMerge = false;
        return new MergeRules(newRoot);
    }

    /// <summary>Whether the schema marks the field at <paramref name="path"/> <c>omitWhenMerged</c>.</summary>
    public bool IsOmittedWhenMerged(string path) => Find(path).OmitWhenMerged;

    /// <summary>Whether the array at <paramref name="path"/> is replaced whole rather than merged by <c>id</c>.</summary>
    public bool IsWholeListMerge(string path) => Find(path).WholeListMerge;

    /// <summary>The override set for the array at <paramref name="path"/>, if any.</summary>
    public ArrayMergeOverride? OverrideFor(string path) => Find(path).Override;

    private RuleNode Find(string path)
    {
        var node = Root;
        foreach (var name in SplitPath(path))
        {
            node = node.Child(name);
        }

        return node;
    }

    private static string[] SplitPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var names = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            throw new ArgumentException("A merge rule path names at least one field, such as \"awards/items\".",
                nameof(path));
        }

        if (names.Any(name => name.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException(
                $"The merge rule path \"{path}\" contains an array position; use field names only, such as \"awards/items\".",
                nameof(path));
        }

        return names;
    }
}
