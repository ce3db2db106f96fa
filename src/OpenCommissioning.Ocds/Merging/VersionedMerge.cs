using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Merging;

/// <summary>
/// Merges releases, already in date order, into a versioned release: every field holds the list of its values
/// over time, each with the id, date and tag of the release it came from. A value is added only when it
/// changes; the <c>ocid</c> and the <c>id</c>s of objects in merged arrays stay plain.
/// </summary>
internal sealed class VersionedMerge(RuleNode root) : MergeRoutine(root)
{
    private JsonNode? releaseId;
    private string releaseDate = "";
    private JsonNode? releaseTag;
    private bool mergingDuplicate;

    public override void Add(JsonObject versioned, DatedRelease dated)
    {
        var release = dated.Release;
        BeginRelease(release, dated.Index);
        releaseId = release["id"];
        releaseDate = dated.Date;
        releaseTag = release["tag"];
        foreach (var (key, input) in release)
        {
            if (key == "ocid")
            {
                versioned["ocid"] = input?.DeepClone(); // The specification leaves the ocid unversioned.
            }
            else if (!IsReleaseMetadata(key))
            {
                MergeField(versioned, key, input, Root.Child(key));
            }
        }
    }

    /// <summary>
    /// Whether an array in a versioned release is a list of versioned values rather than merged objects: a
    /// versioned value's <c>releaseDate</c> is a string, where a merged object's would itself be versioned.
    /// </summary>
    internal static bool IsVersionList(JsonArray array) =>
        array.Count == 0 || (array[^1] is JsonObject last && last["releaseDate"] is JsonValue);

    private void MergeObject(JsonObject output, JsonObject input, RuleNode rules, bool isArrayItem)
    {
        foreach (var (key, value) in input)
        {
            if (isArrayItem && key == "id")
            {
                output["id"] = value?.DeepClone(); // Kept as-is so that later releases can still match on it.
            }
            else
            {
                MergeField(output, key, value, rules.Child(key));
            }
        }
    }

    private void MergeField(JsonObject output, string key, JsonNode? input, RuleNode rule)
    {
        if (rule.OmitWhenMerged)
        {
            return;
        }

        output.TryGetPropertyValue(key, out var existing);
        if ((input is JsonObject { Count: > 0 } || (input is JsonArray { Count: > 0 } array && !IsLiteralArray(array, rule)))
            && existing is JsonArray nulls && OnlyNulls(nulls))
        {
            // A field first seen as null has no history worth keeping once it becomes an object or a list.
            existing = null;
        }

        var existingIsContainer = existing is JsonObject || (existing is JsonArray list && !IsVersionList(list));
        if (input is JsonObject { Count: > 0 } inputObject)
        {
            if (existing is not (null or JsonObject))
            {
                throw Inconsistent(key, existing, input);
            }

            var target = existing as JsonObject ?? new JsonObject();
            Path.Push(key);
            MergeObject(target, inputObject, rule, isArrayItem: false);
            Path.Pop();
            AddIfNew(output, key, existing, target);
        }
        else if (input is JsonArray { Count: > 0 } inputArray && !IsLiteralArray(inputArray, rule))
        {
            if (existing is not null && !(existing is JsonArray && existingIsContainer))
            {
                throw Inconsistent(key, existing, input);
            }

            var target = existing as JsonArray ?? new JsonArray();
            Path.Push(key);
            MergeObjectArray(target, inputArray, rule);
            Path.Pop();
            AddIfNew(output, key, existing, target);
        }
        else if (input is null && existingIsContainer)
        {
            Path.Push(key);
            RecordRemoval(existing!);
            Path.Pop();
        }
        else if (input is JsonObject or JsonArray { Count: 0 } && !(input is JsonArray && rule.WholeListMerge))
        {
            // An empty object, or an empty array that is merged by id, changes nothing.
        }
        else
        {
            if (existingIsContainer)
            {
                throw Inconsistent(key, existing, input);
            }

            var versions = existing as JsonArray;
            if (versions is null)
            {
                versions = [];
                output[key] = versions;
            }

            AppendVersion(versions, input);
        }
    }

    private static bool OnlyNulls(JsonArray array)
    {
        if (!IsVersionList(array))
        {
            return false;
        }

        foreach (var version in array)
        {
            if (version?["value"] is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static void AddIfNew(JsonObject output, string key, JsonNode? existing, JsonNode target)
    {
        if (existing is null)
        {
            output[key] = target;
        }
    }

    /// <summary>A null in place of an object or array records a null for every value beneath it.</summary>
    private void RecordRemoval(JsonNode existing)
    {
        if (existing is JsonArray array && IsVersionList(array))
        {
            AppendVersion(array, null);
            return;
        }

        var children = existing is JsonObject obj ? obj.Select(pair => pair.Value) : existing.AsArray();
        foreach (var child in children)
        {
            if (child is JsonObject or JsonArray)
            {
                RecordRemoval(child);
            }
        }
    }

    private void AppendVersion(JsonArray versions, JsonNode? value)
    {
        if (versions.Count > 0 && versions[^1] is JsonObject last)
        {
            if (mergingDuplicate && IsFromThisRelease(last))
            {
                last["value"] = value?.DeepClone(); // A later duplicate in the same release replaces its value.
                return;
            }

            if (JsonNode.DeepEquals(last["value"], value))
            {
                return;
            }
        }

        var version = new JsonObject();
        if (releaseId is not null)
        {
            version["releaseID"] = releaseId.DeepClone();
        }

        version["releaseDate"] = releaseDate;
        if (releaseTag is not null)
        {
            version["releaseTag"] = releaseTag.DeepClone();
        }

        version["value"] = value?.DeepClone();
        versions.Add(version);
    }

    private bool IsFromThisRelease(JsonObject version) =>
        version["releaseDate"] is JsonValue date && date.TryGetValue<string>(out var text) && text == releaseDate
        && JsonNode.DeepEquals(version["releaseID"], releaseId);

    protected override JsonObject NewItem(JsonObject item, RuleNode rule)
    {
        var added = new JsonObject();
        MergeObject(added, item, rule, isArrayItem: true);
        return added;
    }

    protected override void MergeItem(JsonObject target, JsonObject item, RuleNode rule, bool duplicate)
    {
        var before = mergingDuplicate;
        mergingDuplicate |= duplicate;
        MergeObject(target, item, rule, isArrayItem: true);
        mergingDuplicate = before;
    }
}
