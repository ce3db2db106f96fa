using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Merging;

/// <summary>A compiled or versioned release, and anything odd met while merging that did not stop it.</summary>
public sealed record MergeResult(JsonObject Release, IReadOnlyList<MergeWarning> Warnings);

/// <summary>A problem in the input that merging worked around. <see cref="Path"/> is relative to the release.</summary>
public sealed record MergeWarning(string Path, string Message);
