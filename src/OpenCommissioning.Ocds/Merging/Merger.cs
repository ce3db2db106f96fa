using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Merging;

/// <summary>
/// Merges the releases of one contracting process (one <c>ocid</c>) into a compiled or a versioned release, as
/// the OCDS 1.1 merging specification describes. The input is never changed.
/// </summary>
/// <remarks>
/// Releases are merged in date order. Dates are compared as instants in UTC, so mixed offsets order correctly
/// ("2016-01-01T10:00:00+01:00" is before "2016-01-01T09:30:00Z"); a date without an offset is read as UTC.
/// Releases with the same instant keep their input order (a stable sort), so of two equally dated releases
/// the later one in the input wins. See docs/decisions/0002-merge-ordering.md.
/// </remarks>
public sealed class Merger
{
    public Merger(MergeRules? rules = null) => Rules = rules ?? MergeRules.Default;

    public MergeRules Rules { get; }

    /// <summary>
    /// The compiled release: the latest value of every field, with <c>tag</c> ["compiled"], the <c>date</c> of
    /// the latest release and the <c>id</c> "{ocid}-{date}", as the reference implementation gives them.
    /// </summary>
    /// <exception cref="OcdsMergeException">A release is not an object, has no usable date, or a field changes
    /// between a single value and an object or list.</exception>
    public MergeResult Compile(IEnumerable<JsonNode> releases)
    {
        var merge = new CompiledMerge(Rules.Root);
        var compiled = CompiledMerge.NewCompiledRelease();
        foreach (var release in DatedRelease.InDateOrder(releases))
        {
            merge.Add(compiled, release);
        }

        return new MergeResult(compiled, merge.Warnings);
    }

    /// <summary>The versioned release: every value each field has had, with the release it came from.</summary>
    /// <exception cref="OcdsMergeException">As for <see cref="Compile"/>.</exception>
    public MergeResult Versioned(IEnumerable<JsonNode> releases)
    {
        var merge = new VersionedMerge(Rules.Root);
        var versioned = new JsonObject();
        foreach (var release in DatedRelease.InDateOrder(releases))
        {
            merge.Add(versioned, release);
        }

        return new MergeResult(versioned, merge.Warnings);
    }
}
