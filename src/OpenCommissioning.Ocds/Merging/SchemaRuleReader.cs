using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Merging;

/// <summary>
/// Reads merge rules from a release schema as the merging specification describes, following local
/// <c>$ref</c>s ("#/definitions/Tender"). A definition that refers to itself is read once; deeper paths under it
/// fall back to the default rules rather than recursing for ever.
/// </summary>
internal sealed class SchemaRuleReader
{
    private const int MaxRefHops = 32;
    private readonly JsonObject root;
    private readonly HashSet<string> refsOnPath = new(StringComparer.Ordinal);

    private SchemaRuleReader(JsonObject root) => this.root = root;

    public static RuleNode Read(JsonObject schema)
    {
        var reader = new SchemaRuleReader(schema);
        var node = new RuleNode();
        reader.ReadProperties(node, schema);
        return node;
    }

    private void ReadProperties(RuleNode node, JsonObject schema)
    {
        if (Get(schema, "properties") is not JsonObject properties)
        {
            return;
        }

        foreach (var (name, value) in properties)
        {
            if (value is JsonObject property)
            {
                node.SetChild(name, ReadProperty(property));
            }
        }
    }

    private RuleNode ReadProperty(JsonObject property)
    {
        var node = new RuleNode();
        var types = Types(property);
        if (IsTrue(Get(property, "omitWhenMerged")) || IsString(Get(property, "mergeStrategy"), "ocdsOmit"))
        {
            node.OmitWhenMerged = true;
        }
        else if (types.Contains("array")
                 && (IsTrue(Get(property, "wholeListMerge")) || IsString(Get(property, "mergeStrategy"), "ocdsVersion")))
        {
            node.WholeListMerge = true;
        }
        else if (types.Contains("object") && Get(property, "properties") is JsonObject)
        {
            WithRefsOf(property, () => ReadProperties(node, property));
        }
        else if (types.Contains("array") && Get(property, "items") is JsonObject items)
        {
            ReadItems(node, items);
        }

        return node;
    }

    private void ReadItems(RuleNode node, JsonObject items)
    {
        var itemTypes = Types(items);
        if (itemTypes.Any(type => type != "object"))
        {
            node.WholeListMerge = true;
        }
        else if (itemTypes.Contains("object") && Get(items, "properties") is JsonObject itemProperties)
        {
            if (itemProperties.ContainsKey("id"))
            {
                WithRefsOf(items, () => ReadProperties(node, items));
            }
            else
            {
                node.WholeListMerge = true;
            }
        }
    }

    /// <summary>Runs a read with the schema's own <c>$ref</c> marked as visited, unless it is already being read.</summary>
    private void WithRefsOf(JsonObject schema, Action read)
    {
        var reference = (schema["$ref"] as JsonValue)?.GetValueKind() == JsonValueKind.String
            ? schema["$ref"]!.GetValue<string>()
            : null;
        if (reference is null)
        {
            read();
            return;
        }

        if (!refsOnPath.Add(reference))
        {
            return;
        }

        read();
        refsOnPath.Remove(reference);
    }

    /// <summary>A keyword of a schema, looking through <c>$ref</c> when the schema does not set it itself.</summary>
    private JsonNode? Get(JsonObject schema, string keyword)
    {
        var current = schema;
        for (var hops = 0; hops < MaxRefHops; hops++)
        {
            if (current.TryGetPropertyValue(keyword, out var value))
            {
                return value;
            }

            if (current["$ref"] is not JsonValue reference || !reference.TryGetValue<string>(out var pointer)
                || Resolve(pointer) is not { } target)
            {
                return null;
            }

            current = target;
        }

        return null;
    }

    private JsonObject? Resolve(string pointer)
    {
        if (!pointer.StartsWith('#'))
        {
            return null; // Only local references: the schema must never be fetched from the network.
        }

        JsonNode? node = root;
        foreach (var segment in pointer[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(segment).Replace("~1", "/").Replace("~0", "~");
            node = (node as JsonObject)?[name];
        }

        return node as JsonObject;
    }

    private List<string> Types(JsonObject schema) => Get(schema, "type") switch
    {
        JsonValue value when value.TryGetValue<string>(out var type) => [type],
        JsonArray array => array.OfType<JsonValue>()
            .Select(v => v.TryGetValue<string>(out var t) ? t : null).OfType<string>().ToList(),
        _ => [],
    };

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.TryGetValue<bool>(out var b) && b;

    private static bool IsString(JsonNode? node, string expected) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) && s == expected;
}
