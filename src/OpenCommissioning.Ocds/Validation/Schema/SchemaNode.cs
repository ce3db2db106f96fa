using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenCommissioning.Ocds.Validation.Schema;

/// <summary>The JSON types of draft 4, as flags so that a node's allowed types are tested with one mask.</summary>
[Flags]
internal enum JsonTypes
{
    None = 0, Null = 1, Boolean = 2, Integer = 4, Number = 8, String = 16, Array = 32, Object = 64,
    Any = Null | Boolean | Integer | Number | String | Array | Object,
}

internal enum StringFormat { None, DateTime, Uri, Email }

/// <summary>
/// One draft-4 schema compiled for speed: keywords are fields rather than dictionary look-ups, and <c>$ref</c>
/// points at the shared compiled target so that a definition is compiled once however often it is used.
/// </summary>
internal sealed class SchemaNode
{
    /// <summary>Set when this schema is a <c>$ref</c>: draft 4 ignores the other validation keywords beside it.</summary>
    public SchemaNode? Ref;

    public JsonTypes Types = JsonTypes.Any;
    public Dictionary<string, SchemaNode>? Properties;
    public (Regex Pattern, SchemaNode Schema)[]? PatternProperties;
    /// <summary>Null when additional properties are allowed with no schema (the OCDS case).</summary>
    public SchemaNode? AdditionalProperties;
    public bool AdditionalPropertiesForbidden;
    public SchemaNode? Items;
    public string[]? Required;
    public JsonElement[]? Enum;
    public Regex? Pattern;
    public int? MinLength;
    public int? MaxLength;
    public int? MinItems;
    public int? MaxItems;
    public int? MinProperties;
    public bool UniqueItems;
    public double? Minimum;
    public bool ExclusiveMinimum;
    public double? Maximum;
    public bool ExclusiveMaximum;
    public StringFormat Format;
    public SchemaNode[]? OneOf;
    public SchemaNode[]? AnyOf;
    public SchemaNode[]? AllOf;

    // OCDS annotations: they do not fail draft 4 but drive the OCDS checks.
    public string? Codelist;
    public bool OpenCodelist;
    public HashSet<string>? CodelistCodes;
    public string? Deprecated;
    /// <summary>Arrays replaced whole when merged, so their items' ids need not be unique.</summary>
    public bool WholeListMerge;

    /// <summary>True when objects of this schema carry an <c>id</c>, so arrays of them are merged by id.</summary>
    public bool HasIdProperty => Properties?.ContainsKey("id") == true;

    public bool RequiresId => Required is not null && Array.IndexOf(Required, "id") >= 0;

    /// <summary>Follows <c>$ref</c> chains to the schema that actually validates.</summary>
    public SchemaNode Resolved
    {
        get
        {
            var node = this;
            while (node.Ref is not null) node = node.Ref;
            return node;
        }
    }
}
