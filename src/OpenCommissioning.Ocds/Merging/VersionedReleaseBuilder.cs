using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Merging;

/// <summary>
/// Adds releases, one at a time, to a versioned release without reading the earlier releases again.
/// </summary>
/// <remarks>
/// Each release must be dated no earlier than the latest <c>releaseDate</c> in the versioned release; an older
/// one throws <see cref="ReleaseOutOfOrderException"/> (versioned values must stay in date order), so merge all
/// the releases again with <see cref="Merger"/> instead. The given versioned release is copied, never changed.
/// </remarks>
public sealed class VersionedReleaseBuilder
{
    private readonly IncrementalMerge merge;

    public VersionedReleaseBuilder(MergeRules? rules = null, JsonObject? versioned = null)
    {
        var start = versioned is null ? new JsonObject() : (JsonObject)versioned.DeepClone();
        DateTimeOffset? latest = null;
        string? latestText = null;
        FindLatest(start, ref latest, ref latestText);
        merge = new IncrementalMerge(new VersionedMerge((rules ?? MergeRules.Default).Root), start, latest, latestText);
    }

    /// <exception cref="OcdsMergeException">The release cannot be merged, or is older than what is there.</exception>
    public void Add(JsonNode release) => merge.Add(release);

    /// <summary>
    /// The versioned release so far. It is not copied; adding more releases afterwards works on a copy, so a
    /// result once built never changes.
    /// </summary>
    public MergeResult Build() => merge.Build();

    /// <summary>The latest <c>releaseDate</c> of any versioned value, read once when the builder starts.</summary>
    private static void FindLatest(JsonNode? node, ref DateTimeOffset? latest, ref string? latestText)
    {
        if (node is JsonArray array)
        {
            if (VersionedMerge.IsVersionList(array) && array.Count > 0)
            {
                foreach (var version in array)
                {
                    if (version?["releaseDate"] is JsonValue date && date.TryGetValue<string>(out var text)
                        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal,
                            out var instant)
                        && (latest is null || instant.UtcTicks > latest.Value.UtcTicks))
                    {
                        latest = instant;
                        latestText = text;
                    }
                }

                return;
            }

            foreach (var item in array)
            {
                FindLatest(item, ref latest, ref latestText);
            }
        }
        else if (node is JsonObject obj)
        {
            foreach (var (_, child) in obj)
            {
                FindLatest(child, ref latest, ref latestText);
            }
        }
    }
}
