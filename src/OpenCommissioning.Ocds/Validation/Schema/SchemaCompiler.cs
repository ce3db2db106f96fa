using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenCommissioning.Ocds.Validation.Schema;

/// <summary>
/// Turns draft-4 schema documents into <see cref="SchemaNode"/> graphs. Documents are known by their <c>id</c>
/// URL so that the package schemas' absolute <c>$ref</c>s reach the (possibly extended) release schema held in
/// memory — never the network.
/// </summary>
internal sealed class SchemaCompiler
{
    private readonly Dictionary<string, JsonObject> documents = new(StringComparer.Ordinal);
    private readonly Dictionary<JsonNode, SchemaNode> compiled = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlyDictionary<string, HashSet<string>> codelists;

    private readonly List<string> brokenReferences = [];

    /// <summary>References that point at nothing, such as a definition from an extension that was not declared.</summary>
    public IReadOnlyList<string> BrokenReferences => brokenReferences;

    public SchemaCompiler(IReadOnlyDictionary<string, HashSet<string>> codelists) => this.codelists = codelists;

    public void AddDocument(JsonObject document)
    {
        var id = (string?)document["id"] ?? throw new InvalidDataException("A schema document needs an 'id'.");
        documents[id] = document;
    }

    public SchemaNode Compile(string documentId) => Compile(Document(documentId), Document(documentId));

    private JsonObject Document(string id) =>
        documents.TryGetValue(id, out var document)
            ? document
            : throw new InvalidDataException($"The schema '{id}' is referred to but is not available offline.");

    private SchemaNode Compile(JsonNode? schemaNode, JsonObject document)
    {
        if (schemaNode is not JsonObject schema) return new SchemaNode();
        if (compiled.TryGetValue(schema, out var existing)) return existing;

        var node = new SchemaNode();
        compiled[schema] = node;
        node.Deprecated = DeprecationOf(schema);
        if (schema["$ref"] is JsonValue reference)
        {
            node.Ref = ResolveReference((string)reference!, document);
            return node;
        }

        node.Types = TypesOf(schema["type"]);
        if (schema["properties"] is JsonObject properties)
            node.Properties = properties.ToDictionary(p => p.Key, p => Compile(p.Value, document), StringComparer.Ordinal);
        if (schema["patternProperties"] is JsonObject patterns)
            node.PatternProperties = patterns.Select(p => (Regex(p.Key), Compile(p.Value, document))).ToArray();
        if (schema["additionalProperties"] is JsonValue allowed && allowed.GetValueKind() == JsonValueKind.False)
            node.AdditionalPropertiesForbidden = true;
        else if (schema["additionalProperties"] is JsonObject additional)
            node.AdditionalProperties = Compile(additional, document);
        if (schema["items"] is JsonObject items) node.Items = Compile(items, document);
        if (schema["required"] is JsonArray required) node.Required = required.Select(r => (string)r!).ToArray();
        if (schema["enum"] is JsonArray values)
            node.Enum = values.Select(JsonNodes.ToElement).ToArray();
        if (schema["pattern"] is JsonValue pattern) node.Pattern = Regex((string)pattern!);
        node.MinLength = Int(schema["minLength"]);
        node.MaxLength = Int(schema["maxLength"]);
        node.MinItems = Int(schema["minItems"]);
        node.MaxItems = Int(schema["maxItems"]);
        node.MinProperties = Int(schema["minProperties"]);
        node.UniqueItems = Bool(schema["uniqueItems"]);
        node.WholeListMerge = Bool(schema["wholeListMerge"]);
        node.Minimum = Double(schema["minimum"]);
        node.ExclusiveMinimum = Bool(schema["exclusiveMinimum"]);
        node.Maximum = Double(schema["maximum"]);
        node.ExclusiveMaximum = Bool(schema["exclusiveMaximum"]);
        node.Format = FormatOf(schema["format"]);
        node.OneOf = Many(schema["oneOf"], document);
        node.AnyOf = Many(schema["anyOf"], document);
        node.AllOf = Many(schema["allOf"], document);
        ApplyCodelist(node, schema);
        return node;
    }

    private void ApplyCodelist(SchemaNode node, JsonObject schema)
    {
        if (schema["codelist"] is not JsonValue name) return;
        node.Codelist = (string)name!;
        node.OpenCodelist = Bool(schema["openCodelist"]);
        if (!codelists.TryGetValue(node.Codelist, out var codes)) return;
        node.CodelistCodes = codes;
        // The codelist check replaces the schema's own enum, which cannot know the codes extensions add.
        if (!node.OpenCodelist)
        {
            node.Enum = null;
            if (node.Items is { Ref: null } items) items.Enum = null;
        }
    }

    private SchemaNode ResolveReference(string reference, JsonObject document)
    {
        var hash = reference.IndexOf('#');
        var documentPart = hash < 0 ? reference : reference[..hash];
        var pointer = hash < 0 ? "" : reference[(hash + 1)..];
        var target = documentPart.Length == 0 ? document : Document(documentPart);
        JsonNode? node = target;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            node = node?[segment.Replace("~1", "/").Replace("~0", "~")];
        if (node is not null) return Compile(node, target);
        // An extension may refer to a definition that another, undeclared extension provides: check nothing there
        // rather than fail, and say so.
        if (!brokenReferences.Contains(reference)) brokenReferences.Add(reference);
        return new SchemaNode();
    }

    private SchemaNode[]? Many(JsonNode? list, JsonObject document) =>
        list is JsonArray array ? array.Select(s => Compile(s, document)).ToArray() : null;

    private static string? DeprecationOf(JsonObject schema) =>
        schema["deprecated"] is JsonObject deprecated
            ? $"{(string?)deprecated["description"]} (deprecated in OCDS {(string?)deprecated["deprecatedVersion"]})"
            : null;

    private static JsonTypes TypesOf(JsonNode? type) => type switch
    {
        JsonValue single => TypeOf((string)single!),
        JsonArray many => many.Aggregate(JsonTypes.None, (all, t) => all | TypeOf((string)t!)),
        _ => JsonTypes.Any,
    };

    private static JsonTypes TypeOf(string name) => name switch
    {
        "null" => JsonTypes.Null, "boolean" => JsonTypes.Boolean, "integer" => JsonTypes.Integer,
        "number" => JsonTypes.Number | JsonTypes.Integer, "string" => JsonTypes.String,
        "array" => JsonTypes.Array, "object" => JsonTypes.Object, _ => JsonTypes.Any,
    };

    private static StringFormat FormatOf(JsonNode? format) => (format as JsonValue)?.ToString() switch
    {
        "date-time" => StringFormat.DateTime, "uri" => StringFormat.Uri, "email" => StringFormat.Email,
        _ => StringFormat.None,
    };

    private static Regex Regex(string pattern) => new(pattern, RegexOptions.CultureInvariant);
    private static int? Int(JsonNode? value) => value is JsonValue v ? (int)v.GetValue<double>() : null;
    private static double? Double(JsonNode? value) => value is JsonValue v ? v.GetValue<double>() : null;
    private static bool Bool(JsonNode? value) => value is JsonValue v && v.GetValueKind() == JsonValueKind.True;
}
