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
                // Numbers parsed from text are checked as text; numbers built in code (a grant's decimal) already fit.
                var fits = v.TryGetValue<JsonElement>(out var parsed)
                    ? parsed.TryGetDouble(out var number) && double.IsFinite(number)
                    : !v.TryGetValue<double>(out var built) || double.IsFinite(built);
                if (!fits) yield return path;
                break;
        }
    }
}
