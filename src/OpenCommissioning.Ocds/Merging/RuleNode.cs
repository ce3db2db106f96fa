namespace OpenCommissioning.Ocds.Merging;

/// <summary>
/// The merge rules for one path (property names only, no array positions), with its children. Built once per
/// schema so that merging costs one dictionary look-up per field and never builds path strings.
/// </summary>
internal sealed class RuleNode
{
    /// <summary>Rules for any path the schema does not describe: identifier merge, nothing omitted.</summary>
    public static readonly RuleNode Unknown = new();

    private Dictionary<string, RuleNode>? children;

    public bool OmitWhenMerged { get; set; }
    public bool WholeListMerge { get; set; }
    public ArrayMergeOverride? Override { get; set; }

    public RuleNode Child(string name) =>
        children is not null && children.TryGetValue(name, out var child) ? child : Unknown;

    public bool TryGetChild(string name, out RuleNode child)
    {
        child = Unknown;
        return children is not null && children.TryGetValue(name, out child!);
    }

    public void SetChild(string name, RuleNode child) =>
        (children ??= new Dictionary<string, RuleNode>(StringComparer.Ordinal))[name] = child;

    /// <summary>A copy that shares its children, so that an override copies only the nodes on its path.</summary>
    public RuleNode ShallowCopy() => new()
    {
        OmitWhenMerged = OmitWhenMerged,
        WholeListMerge = WholeListMerge,
        Override = Override,
        children = children is null ? null : new Dictionary<string, RuleNode>(children, StringComparer.Ordinal),
    };
}
