using System.Runtime.InteropServices;
using System.Text.Json;

namespace OpenCommissioning.Ocds.Validation.Schema;

internal sealed partial class SchemaWalker
{
    /// <summary>Beyond this many items, items are told apart by their bytes rather than compared pairwise.</summary>
    private const int PairwiseLimit = 64;

    /// <summary>
    /// Objects in arrays are merged by <c>id</c>, so a missing or repeated id loses data when releases are
    /// compiled. Releases and records (which have an <c>ocid</c>) are checked on the package instead.
    /// </summary>
    private void CheckIds(JsonElement array, SchemaNode items)
    {
        if (!items.HasIdProperty || items.Properties!.ContainsKey("ocid")) return;
        HashSet<string>? seen = null;
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            path.Push(index++);
            if (item.ValueKind == JsonValueKind.Object)
            {
                if (!item.TryGetProperty("id", out var id))
                {
                    // Where the schema requires the id, schema.required has said so already.
                    if (!items.RequiresId)
                        Report("ocds.missing-id", Severity.Warning, item,
                            "This object in a list has no 'id', so it cannot be matched across releases.");
                }
                else if (id.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                {
                    seen ??= new HashSet<string>(StringComparer.Ordinal);
                    var key = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
                    if (!seen.Add(key))
                        sink.Report("ocds.duplicate-id", Severity.Error, path.With("id"), key,
                            $"The id '{key}' is used by more than one object in this list; each needs its own.");
                }
            }
            path.Pop();
        }
    }

    private void CheckUniqueItems(JsonElement array, SchemaNode? items)
    {
        var length = array.GetArrayLength();
        if (length < 2) return;
        // Equal objects have equal ids, so where ids are checked only objects without one need comparing.
        var checkedById = items is not null && items.HasIdProperty;
        var candidates = new List<(int Index, JsonElement Item)>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (!checkedById || item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("id", out _))
                candidates.Add((index, item));
            index++;
        }
        if (candidates.Count < 2) return;
        var duplicate = candidates.Count <= PairwiseLimit ? FindPairwise(candidates) : FindByBytes(candidates);
        if (duplicate is { } at)
            sink.Report("schema.uniqueItems", Severity.Error, path.ToString(), null,
                $"Item {at} of this list is the same as an earlier item; the items must all differ.");
    }

    private static int? FindPairwise(List<(int Index, JsonElement Item)> items)
    {
        for (var i = 1; i < items.Count; i++)
            for (var j = 0; j < i; j++)
                if (JsonElement.DeepEquals(items[i].Item, items[j].Item)) return items[i].Index;
        return null;
    }

    /// <summary>Byte comparison misses equal values written differently; it is only used for long lists.</summary>
    private static int? FindByBytes(List<(int Index, JsonElement Item)> items)
    {
        var seen = new Dictionary<int, List<JsonElement>>();
        foreach (var (index, item) in items)
        {
            var bytes = JsonMarshal.GetRawUtf8Value(item);
            var hash = new HashCode();
            hash.AddBytes(bytes);
            var key = hash.ToHashCode();
            if (!seen.TryGetValue(key, out var same)) seen[key] = same = [];
            if (same.Any(other => JsonElement.DeepEquals(other, item))) return index;
            same.Add(item);
        }
        return null;
    }
}
