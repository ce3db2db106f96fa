using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Merging;

/// <summary>
/// Adds releases, one at a time, to a compiled release without reading the earlier releases again.
/// </summary>
/// <remarks>
/// Each release must be dated no earlier than the compiled release's <c>date</c> (the latest release already
/// merged); an equal date is merged after what is there, as a stable sort would. An older release throws
/// <see cref="ReleaseOutOfOrderException"/>, because its values might have to sit beneath later ones that the
/// compiled release no longer tells apart: compile all the releases again with <see cref="Merger"/> instead.
/// The given compiled release is copied, never changed.
/// </remarks>
public sealed class CompiledReleaseBuilder
{
    private readonly IncrementalMerge merge;

    public CompiledReleaseBuilder(MergeRules? rules = null, JsonObject? compiled = null)
    {
        var start = compiled is null ? CompiledMerge.NewCompiledRelease() : (JsonObject)compiled.DeepClone();
        DateTimeOffset? latest = null;
        string? latestText = null;
        if (start["date"] is JsonValue date && date.TryGetValue<string>(out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            latest = instant;
            latestText = text;
        }

        merge = new IncrementalMerge(new CompiledMerge((rules ?? MergeRules.Default).Root), start, latest, latestText);
    }

    /// <exception cref="OcdsMergeException">The release cannot be merged, or is older than what is there.</exception>
    public void Add(JsonNode release) => merge.Add(release);

    /// <summary>
    /// The compiled release so far. It is not copied; adding more releases afterwards works on a copy, so a
    /// result once built never changes.
    /// </summary>
    public MergeResult Build() => merge.Build();
}
