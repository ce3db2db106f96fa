using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Merging;

/// <summary>
/// Merges releases, already in date order, into a compiled release: the latest value of every field. Values are
/// cloned out of the input as they are copied, so the input is never changed and nothing is cloned twice.
/// </summary>
internal sealed class CompiledMerge(RuleNode root) : MergeRoutine(root)
{
    /// <summary>An empty compiled release, its metadata first as in the reference implementation.</summary>
    public static JsonObject NewCompiledRelease() => new() { ["tag"] = new JsonArray("compiled") };

    public override void Add(JsonObject compiled, DatedRelease dated)
    {
        var release = dated.Release;
        BeginRelease(release, dated.Index);
        var ocid = release["ocid"] ?? compiled["ocid"];
        var ocidText = ocid is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
        if (compiled["ocid"] is JsonValue earlier && earlier.TryGetValue<string>(out var earlierOcid)
            && ocid is not null && earlierOcid != ocidText)
        {
            Warn($"{OcdsMergeException.Which(dated.Index, release)} has the ocid \"{ocidText}\" but an earlier " +
                 $"release has \"{earlierOcid}\"; releases of different contracting processes should not be merged.");
        }

        // Before the fields, so that a new compiled release reads tag, id, date, ocid, like ocds-merge's.
        compiled["id"] = $"{ocidText}-{dated.Date}";
        compiled["date"] = dated.Date;
        foreach (var (key, input) in release)
        {
            if (!IsReleaseMetadata(key))
            {
                MergeField(compiled, key, input, Root.Child(key));
            }
        }
    }

    // fresh: the output started empty, so no key of the input is in it yet and the look-ups can be skipped.
    private void MergeObject(JsonObject output, JsonObject input, RuleNode rules, bool fresh = false)
    {
        foreach (var (key, value) in input)
        {
            MergeField(output, key, value, rules.Child(key), fresh);
        }
    }

    private void MergeField(JsonObject output, string key, JsonNode? input, RuleNode rule, bool fresh = false)
    {
        if (rule.OmitWhenMerged)
        {
            return;
        }

        JsonNode? existing = null;
        if (!fresh)
        {
            output.TryGetPropertyValue(key, out existing);
        }
        switch (input)
        {
            case null:
                if (!fresh)
                {
                    output.Remove(key);
                }

                break;
            case JsonObject inputObject:
                MergeObjectField(output, key, existing, inputObject, rule);
                break;
            case JsonArray inputArray when !IsLiteralArray(inputArray, rule):
                MergeArrayField(output, key, existing, inputArray, rule);
                break;
            default:
                if (existing is JsonObject
                    || (existing is JsonArray { Count: > 0 } list && !IsLiteralArray(list, rule)))
                {
                    throw Inconsistent(key, existing, input);
                }

                output[key] = input.DeepClone();
                break;
        }
    }

    private void MergeObjectField(JsonObject output, string key, JsonNode? existing, JsonObject input, RuleNode rule)
    {
        if (input.Count == 0)
        {
            return;
        }

        if (existing is not (null or JsonObject))
        {
            throw Inconsistent(key, existing, input);
        }

        var target = existing as JsonObject ?? new JsonObject();
        Path.Push(key);
        MergeObject(target, input, rule, fresh: existing is null);
        Path.Pop();
        if (existing is null)
        {
            output[key] = target;
        }
    }

    private void MergeArrayField(JsonObject output, string key, JsonNode? existing, JsonArray input, RuleNode rule)
    {
        if (input.Count == 0)
        {
            return;
        }

        if (existing is not (null or JsonArray) || (existing is JsonArray list && !AllObjects(list)))
        {
            throw Inconsistent(key, existing, input);
        }

        var target = existing as JsonArray ?? new JsonArray();
        Path.Push(key);
        MergeObjectArray(target, input, rule);
        Path.Pop();
        if (existing is null)
        {
            output[key] = target;
        }
    }

    protected override JsonObject NewItem(JsonObject item, RuleNode rule)
    {
        var added = new JsonObject();
        MergeObject(added, item, rule, fresh: true);
        return added;
    }

    protected override void MergeItem(JsonObject target, JsonObject item, RuleNode rule, bool duplicate) =>
        MergeObject(target, item, rule);
}
