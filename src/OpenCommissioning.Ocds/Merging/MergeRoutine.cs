using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Merging;

/// <summary>
/// What compiled and versioned merging share: the path and warnings of the release being merged, the type
/// checks, and identifier merge of arrays of objects (with the per-path overrides).
/// </summary>
internal abstract class MergeRoutine(RuleNode root)
{
    protected readonly MergePath Path = new();
    private readonly List<MergeWarning> warnings = [];

    protected RuleNode Root { get; } = root;
    protected int ReleaseIndex { get; private set; }
    protected JsonObject? Release { get; private set; }

    public IReadOnlyList<MergeWarning> Warnings => warnings;

    /// <summary>Merges one release, coming after every release already merged, into <paramref name="merged"/>.</summary>
    public abstract void Add(JsonObject merged, DatedRelease dated);

    protected void BeginRelease(JsonObject release, int releaseIndex)
    {
        Release = release;
        ReleaseIndex = releaseIndex;
        Path.Clear();
    }

    protected static bool IsReleaseMetadata(string key) => key is "id" or "date" or "tag";

    /// <summary>Arrays of anything but objects are literal values, whatever the schema says.</summary>
    protected static bool AllObjects(JsonArray array)
    {
        foreach (var item in array)
        {
            if (item is not JsonObject)
            {
                return false;
            }
        }

        return true;
    }

    protected static bool IsLiteralArray(JsonArray array, RuleNode rule) => rule.WholeListMerge || !AllObjects(array);

    protected InconsistentTypeException Inconsistent(string key, JsonNode? earlier, JsonNode? now) =>
        new(ReleaseIndex, Path.Describe(key), now, Kind(earlier), Kind(now));

    private static string Kind(JsonNode? node) => node switch
    {
        JsonObject => "an object",
        JsonArray => "a list",
        _ => "a single value",
    };

    /// <summary>Merges the objects of an input array into an output array, by id unless overridden.</summary>
    protected void MergeObjectArray(JsonArray output, JsonArray input, RuleNode rule)
    {
        if (rule.Override == ArrayMergeOverride.Append)
        {
            for (var i = 0; i < input.Count; i++)
            {
                Path.Push(i);
                output.Add(NewItem((JsonObject)input[i]!, rule));
                Path.Pop();
            }
        }
        else if (rule.Override == ArrayMergeOverride.ByPosition)
        {
            for (var i = 0; i < input.Count; i++)
            {
                Path.Push(i);
                var item = (JsonObject)input[i]!;
                if (i < output.Count && output[i] is JsonObject target)
                {
                    MergeItem(target, item, rule, duplicate: false);
                }
                else
                {
                    output.Add(NewItem(item, rule));
                }

                Path.Pop();
            }
        }
        else
        {
            MergeById(output, input, rule);
        }
    }

    private void MergeById(JsonArray output, JsonArray input, RuleNode rule)
    {
        var matcher = new IdentifierMatcher(output);
        HashSet<IdKey>? seen = null;
        for (var i = 0; i < input.Count; i++)
        {
            var item = (JsonObject)input[i]!;
            if (!IdKey.TryGet(item, out var key))
            {
                // Without an id there is nothing to match, so the object is added (as the specification implies).
                Path.Push(i);
                output.Add(NewItem(item, rule));
                Path.Pop();
                continue;
            }

            var duplicate = input.Count > 1 && !(seen ??= []).Add(key);
            if (duplicate)
            {
                warnings.Add(new MergeWarning(Path.Describe(),
                    $"{OcdsMergeException.Which(ReleaseIndex, Release)} has more than one object with the id {key} " +
                    "in this list; their fields were merged in order, so the last one wins."));
            }

            Path.Push(i);
            if (matcher.Find(key) is { } target)
            {
                MergeItem(target, item, rule, duplicate);
            }
            else
            {
                var added = NewItem(item, rule);
                output.Add(added);
                matcher.Added(key, added);
            }

            Path.Pop();
        }
    }

    /// <summary>The merge of an empty object and <paramref name="item"/>, to be added to an output array.</summary>
    protected abstract JsonObject NewItem(JsonObject item, RuleNode rule);

    /// <summary>Merges <paramref name="item"/> into the matching object of an output array.</summary>
    protected abstract void MergeItem(JsonObject target, JsonObject item, RuleNode rule, bool duplicate);

    protected void Warn(string message) => warnings.Add(new MergeWarning(Path.Describe(), message));
}
