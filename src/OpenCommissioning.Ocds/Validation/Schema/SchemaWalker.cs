using System.Text.Json;

namespace OpenCommissioning.Ocds.Validation.Schema;

/// <summary>
/// Checks a JSON value against a compiled schema in one pass, making the draft-4 findings and — because it
/// knows which schema each value meets — the OCDS findings that need the schema too: codelists, deprecated
/// and additional fields, ids in arrays and empty values.
/// </summary>
internal sealed partial class SchemaWalker(FindingSink sink, JsonPointerPath path)
{
    public void Walk(JsonElement value, SchemaNode schema)
    {
        if (schema.Deprecated is { } why && value.ValueKind != JsonValueKind.Null)
            ReportDeprecated(why);
        var node = schema.Resolved;
        if (node.Deprecated is { } alsoWhy && !ReferenceEquals(node, schema) && value.ValueKind != JsonValueKind.Null)
            ReportDeprecated(alsoWhy);

        if (!HasAllowedType(value, node)) return;
        if (node.Enum is { } allowed && !allowed.Any(a => JsonElement.DeepEquals(a, value)))
            Report("schema.enum", value, $"'{FindingSink.Describe(value)}' is not one of the allowed values: {List(allowed)}.");

        switch (value.ValueKind)
        {
            case JsonValueKind.String: CheckString(value, node); break;
            case JsonValueKind.Number: CheckNumber(value, node); break;
            case JsonValueKind.Object: CheckObject(value, node); break;
            case JsonValueKind.Array: CheckArray(value, node); break;
        }

        if (node.AllOf is { } all)
            foreach (var part in all) Walk(value, part);
        if (node.OneOf is { } one) CheckOneOf(value, one);
        if (node.AnyOf is { } any) CheckAnyOf(value, any);
    }

    private void CheckObject(JsonElement value, SchemaNode node)
    {
        if (node.Required is { } required)
            foreach (var name in required)
                if (!value.TryGetProperty(name, out _))
                    sink.Report("schema.required", Severity.Error, path.With(name), null,
                        $"'{name}' is missing, but it is required here.");

        var count = 0;
        foreach (var property in value.EnumerateObject())
        {
            count++;
            var child = ChildSchema(node, property.Name, out var known);
            path.Push(property.Name);
            if (child is not null) Walk(property.Value, child);
            else if (node.AdditionalPropertiesForbidden)
                Report("schema.additionalProperties", property.Value,
                    $"'{property.Name}' is not allowed here: this object may only have the fields its schema lists.");
            if (!known && !node.AdditionalPropertiesForbidden) ReportAdditional(property.Name);
            path.Pop();
        }

        if (node.MinProperties is { } min && count < min)
            Report("schema.minProperties", value, count == 0
                ? "This object is empty, but it needs at least one field."
                : $"This object has {count} fields, but it needs at least {min}.");
        else if (count == 0)
            Report("ocds.empty-object", Severity.Warning, value, "This object is empty; leave the field out instead.");
    }

    /// <summary>The schema for a property, and whether the schema names it (an unnamed one is an additional field).</summary>
    private static SchemaNode? ChildSchema(SchemaNode node, string name, out bool known)
    {
        known = true;
        if (node.Properties is { } properties && properties.TryGetValue(name, out var child)) return child;
        if (node.PatternProperties is { } patterns)
            foreach (var (pattern, schema) in patterns)
                if (pattern.IsMatch(name)) return schema;
        known = false;
        return node.AdditionalProperties;
    }

    private void CheckArray(JsonElement value, SchemaNode node)
    {
        var length = value.GetArrayLength();
        if (node.MinItems is { } min && length < min)
            Report("schema.minItems", value, length == 0
                ? $"This list is empty, but it needs at least {min} {(min == 1 ? "item" : "items")}."
                : $"This list has {length} items, but it needs at least {min}.");
        else if (length == 0)
            Report("ocds.empty-array", Severity.Warning, value, "This list is empty; leave the field out instead.");
        if (node.MaxItems is { } max && length > max)
            Report("schema.maxItems", value, $"This list has {length} items, but it may have at most {max}.");

        if (node.CodelistCodes is not null)
            CheckCodelistItems(value, node);
        if (node.Items is { } items)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                path.Push(index++);
                Walk(item, items);
                path.Pop();
            }
            if (!node.WholeListMerge) CheckIds(value, items.Resolved);
        }
        if (node.UniqueItems) CheckUniqueItems(value, node.WholeListMerge ? null : node.Items?.Resolved);
    }

    private bool HasAllowedType(JsonElement value, SchemaNode node)
    {
        if (node.Types == JsonTypes.Any) return true;
        var actual = value.ValueKind switch
        {
            JsonValueKind.Null => JsonTypes.Null,
            JsonValueKind.True or JsonValueKind.False => JsonTypes.Boolean,
            JsonValueKind.String => JsonTypes.String,
            JsonValueKind.Array => JsonTypes.Array,
            JsonValueKind.Object => JsonTypes.Object,
            _ => IsInteger(value) ? JsonTypes.Integer : JsonTypes.Number,
        };
        if ((node.Types & actual) != 0) return true;
        Report("schema.type", value, $"This should be {TypeNames(node.Types)}, but it is {TypeNames(actual)}.");
        return false;
    }

    private static bool IsInteger(JsonElement value) =>
        value.TryGetInt64(out _) || (value.TryGetDouble(out var number) && Math.Floor(number) == number);

    private static string TypeNames(JsonTypes types)
    {
        if (types.HasFlag(JsonTypes.Number)) types &= ~JsonTypes.Integer;
        var names = Enum.GetValues<JsonTypes>()
            .Where(t => t is not JsonTypes.None and not JsonTypes.Any && types.HasFlag(t))
            .OrderBy(t => t == JsonTypes.Null)
            .Select(t => t switch
            {
                JsonTypes.Null => "null", JsonTypes.Array => "a list", JsonTypes.Object => "an object",
                JsonTypes.Integer => "a whole number", _ => "a " + t.ToString().ToLowerInvariant(),
            }).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
    }

    private static string List(JsonElement[] values) =>
        string.Join(", ", values.Where(v => v.ValueKind != JsonValueKind.Null).Select(v => FindingSink.Describe(v)));

    private void Report(string code, JsonElement value, string message) =>
        Report(code, Severity.Error, value, message);

    private void Report(string code, Severity severity, JsonElement value, string message) =>
        sink.Report(code, severity, path.ToString(), FindingSink.Describe(value), message);
}
