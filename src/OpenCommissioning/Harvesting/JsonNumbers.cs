using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Harvesting;

/// <summary>Finds numbers that are valid JSON but too large for any number type (Find a Tender's <c>1e9999</c>).</summary>
public static class JsonNumbers
{
    public static IEnumerable<string> OutOfRange(JsonNode? node, string path = "")
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                    foreach (var found in OutOfRange(child, path.Length == 0 ? name : $"{path}/{name}")) yield return found;
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    foreach (var found in OutOfRange(a[i], $"{path}/{i}")) yield return found;
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                if (!v.TryGetValue<double>(out var number) || !double.IsFinite(number)) yield return path;
                break;
        }
    }
}
