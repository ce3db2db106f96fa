using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Harvesting;

/// <summary>Finds numbers that are valid JSON but too large for any number type (Find a Tender's <c>1e9999</c>).</summary>
public static class JsonNumbers
{
    /// <summary>The paths of such numbers; every release is checked, so paths are only built when one is found.</summary>
    public static IEnumerable<string> OutOfRange(JsonNode? node, string path = "") => AnyOutOfRange(node) ? Paths(node, path) : [];

    private static bool AnyOutOfRange(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                    if (AnyOutOfRange(child)) return true;
                return false;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    if (AnyOutOfRange(a[i])) return true;
                return false;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                return !Fits(v);
            default:
                return false;
        }
    }

    private static IEnumerable<string> Paths(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                    foreach (var found in Paths(child, path.Length == 0 ? name : $"{path}/{name}")) yield return found;
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    foreach (var found in Paths(a[i], $"{path}/{i}")) yield return found;
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                if (!Fits(v)) yield return path;
                break;
        }
    }

    // Numbers parsed from text are checked as text; numbers built in code (a grant's decimal) already fit.
    private static bool Fits(JsonValue v) =>
        v.TryGetValue<JsonElement>(out var parsed)
            ? parsed.TryGetDouble(out var number) && double.IsFinite(number)
            : !v.TryGetValue<double>(out var built) || double.IsFinite(built);
}
