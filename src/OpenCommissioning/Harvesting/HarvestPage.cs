using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Harvesting;

/// <summary>One page of a portal (or one file): its releases, the extensions and publisher it declares, its next link.</summary>
public sealed record HarvestPage(IReadOnlyList<JsonNode?> Releases, IReadOnlyList<string> Extensions, string? PublisherName,
    string? Next, string? Repair)
{
    /// <summary>Items the page held that could not even be made into a release (a grant that would not convert).</summary>
    public IReadOnlyList<RefusedItem> Refused { get; init; } = [];

    /// <summary>Reads a release package, or a record package (each record's releases, or its compiled release when it has none).</summary>
    public static HarvestPage Parse(PageText text)
    {
        var package = JsonNode.Parse(text.Text, documentOptions: new JsonDocumentOptions { MaxDepth = 256 }) as JsonObject
            ?? throw new JsonException("The page is not a JSON object.");
        var releases = package["releases"] is JsonArray releaseArray ? releaseArray.ToList()
            : package["records"] is JsonArray records ? records.SelectMany(RecordReleases).ToList()
            : throw new JsonException("The page is not an OCDS release package or record package: it has no releases or records.");
        var extensions = package["extensions"] is JsonArray list
            ? list.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var url) ? url : null).OfType<string>().ToList()
            : [];
        return new HarvestPage(releases, extensions, StringAt(package["publisher"], "name"), StringAt(package["links"], "next"), text.Repair);
    }

    private static IEnumerable<JsonNode?> RecordReleases(JsonNode? record)
    {
        if (record is not JsonObject r) return [record];
        // Linked releases carry only a url; they cannot be stored, so the compiled release stands in for them.
        if (r["releases"] is JsonArray full && full.Count > 0 && full.All(x => x is JsonObject o && o.ContainsKey("ocid") && o.ContainsKey("date")))
            return full;
        return r["compiledRelease"] is JsonObject compiled ? [compiled] : [record];
    }

    private static string? StringAt(JsonNode? parent, string property) =>
        parent is JsonObject o && o[property] is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}

public sealed record RefusedItem(JsonNode? Raw, IReadOnlyList<string> Problems);
