using System.Text.Json;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Tests.Platform.Components;

/// <summary>
/// Reads a fixture's macro options and remembers which ones were read, so that a fixture using an option our tag
/// helper does not map is reported as unsupported instead of passing by accident.
/// </summary>
public sealed class FixtureOptions
{
    private readonly JsonElement root;
    private readonly string prefix;
    private readonly HashSet<string> read;

    public FixtureOptions(JsonElement root) : this(root, "", []) { }

    private FixtureOptions(JsonElement root, string prefix, HashSet<string> read)
    {
        this.root = root;
        this.prefix = prefix;
        this.read = read;
    }

    public string? Str(string path) => Get(path) is { } e && e.ValueKind != JsonValueKind.Null
        ? e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText()
        : null;

    public bool Bool(string path) => Get(path) is { ValueKind: JsonValueKind.True };

    public bool? NullableBool(string path) => Get(path) is { } e
        ? e.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null }
        : null;

    /// <summary>An html option; a non-string (the fixtures use <c>false</c> for "none") is no markup.</summary>
    public IHtmlContent? Html(string path) =>
        Get(path) is { ValueKind: JsonValueKind.String } html ? new HtmlString(html.GetString()) : null;

    /// <summary>How many entries a list option holds, falsy ones included (they still advance the macros' index).</summary>
    public int Count(string path) => Find(path) is { ValueKind: JsonValueKind.Array } a ? a.GetArrayLength() : 0;

    public bool Has(string path) => Find(path) is not null;

    /// <summary>Marks an option as read without using it (for options that only matter in Nunjucks).</summary>
    public void Ignore(string path) => Get(path);

    /// <summary>
    /// The objects in a list option. Falsy entries (null, false, "") are skipped as the macros skip them; each
    /// object's own options must still be read for the fixture to count as supported.
    /// </summary>
    public IReadOnlyList<FixtureOptions> List(string path)
    {
        if (Find(path) is not { ValueKind: JsonValueKind.Array } array)
        {
            read.Add(Full(path));
            return [];
        }
        var items = new List<FixtureOptions>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = $"{Full(path)}.{i++}";
            if (item.ValueKind == JsonValueKind.Object && item.EnumerateObject().Any())
            {
                items.Add(new FixtureOptions(item, itemPath, read));
            }
            else
            {
                read.Add(itemPath);
            }
        }
        if (i == 0)
        {
            read.Add(Full(path));
        }
        return items;
    }

    public FixtureOptions? Object(string path) => Find(path) is { ValueKind: JsonValueKind.Object } e
        ? new FixtureOptions(e, Full(path), read)
        : null;

    /// <summary>The <c>attributes</c> option as tag helper attributes; only plain string values are supported.</summary>
    public IEnumerable<TagHelperAttribute> Attributes(string path = "attributes")
    {
        if (Find(path) is not { ValueKind: JsonValueKind.Object } attributes)
        {
            return [];
        }
        var result = new List<TagHelperAttribute>();
        foreach (var property in attributes.EnumerateObject())
        {
            var key = $"{Full(path)}.{property.Name}";
            if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                read.Add(key);
                result.Add(new TagHelperAttribute(property.Name, property.Value.ToString()));
            }
        }
        return result;
    }

    /// <summary>An item's <c>attributes</c> as the dictionary our item records take; null when there are none.</summary>
    public IReadOnlyDictionary<string, object?>? AttributeMap(string path = "attributes")
    {
        var attributes = Attributes(path).ToDictionary(a => a.Name, a => (object?)a.Value);
        return attributes.Count == 0 ? null : attributes;
    }

    /// <summary>Every option the fixture set that nothing read.</summary>
    public IReadOnlyList<string> Unread()
    {
        var leaves = new List<string>();
        Leaves(root, prefix, leaves);
        return leaves.Where(leaf => !read.Any(r => r == leaf || r.StartsWith(leaf + ".") || leaf.StartsWith(r + ".")))
            .ToList();
    }

    private JsonElement? Get(string path)
    {
        read.Add(Full(path));
        return Find(path);
    }

    private JsonElement? Find(string path)
    {
        var current = root;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind == JsonValueKind.Array && int.TryParse(part, out var index)
                && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return null;
            }
        }
        return current;
    }

    private string Full(string path) => prefix.Length == 0 ? path : $"{prefix}.{path}";

    private static void Leaves(JsonElement element, string path, List<string> leaves)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when element.EnumerateObject().Any():
                foreach (var p in element.EnumerateObject())
                {
                    Leaves(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}", leaves);
                }
                break;
            case JsonValueKind.Array when element.GetArrayLength() > 0:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Leaves(item, $"{path}.{i++}", leaves);
                }
                break;
            default:
                if (path.Length > 0)
                {
                    leaves.Add(path);
                }
                break;
        }
    }
}
