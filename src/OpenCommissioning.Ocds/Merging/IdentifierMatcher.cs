using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Merging;

/// <summary>An <c>id</c> value; the string "1" and the number 1 differ, as in the reference implementation.</summary>
internal readonly record struct IdKey(string Text, bool IsString)
{
    /// <summary>The key of an object's <c>id</c>; false when it has none (or it is null), so it is appended.</summary>
    public static bool TryGet(JsonObject item, out IdKey key)
    {
        if (!item.TryGetPropertyValue("id", out var id) || id is null)
        {
            key = default;
            return false;
        }

        key = id is JsonValue value && value.TryGetValue<string>(out var text)
            ? new IdKey(text, true)
            : new IdKey(id.ToJsonString(), false);
        return true;
    }

    public override string ToString() => IsString ? JsonSerializer.Serialize(Text) : Text;
}

/// <summary>
/// Finds the object with a given <c>id</c> in an output array: a scan for short arrays, an index built once for
/// long ones, so identifier merge stays linear.
/// </summary>
internal sealed class IdentifierMatcher(JsonArray output)
{
    private const int ScanLimit = 8;
    private Dictionary<IdKey, JsonObject>? index;

    public JsonObject? Find(IdKey key)
    {
        if (index is null && output.Count > ScanLimit)
        {
            index = new Dictionary<IdKey, JsonObject>(output.Count);
            foreach (var node in output)
            {
                if (node is JsonObject item && IdKey.TryGet(item, out var itemKey))
                {
                    index.TryAdd(itemKey, item);
                }
            }
        }

        if (index is not null)
        {
            return index.GetValueOrDefault(key);
        }

        foreach (var node in output)
        {
            if (node is JsonObject item && IdKey.TryGet(item, out var itemKey) && itemKey == key)
            {
                return item;
            }
        }

        return null;
    }

    public void Added(IdKey key, JsonObject item) => index?.TryAdd(key, item);
}
