using System.Text.Json.Nodes;

namespace OpenCommissioning.OpenData;

/// <summary>
/// The address of a harvested release's notice on its own portal, read from the release when the harvester was not
/// told it: the first https link among the tender's and awards' documents whose type is a notice (tenderNotice,
/// awardNotice…), as Contracts Finder and Find a Tender give them.
/// </summary>
public static class ReleaseSourceUrl
{
    public static string? Of(JsonObject release)
    {
        var documents = Documents(release["tender"]?["documents"])
            .Concat((release["awards"] as JsonArray)?.OfType<JsonObject>().SelectMany(a => Documents(a["documents"])) ?? []);
        return documents
            .Where(d => (d["documentType"] as JsonValue)?.TryGetValue<string>(out var type) == true && type.EndsWith("Notice", StringComparison.Ordinal))
            .Select(d => (d["url"] as JsonValue)?.TryGetValue<string>(out var url) == true ? url : null)
            .FirstOrDefault(u => u is not null && u.StartsWith("https://", StringComparison.Ordinal) && u.Length <= 1000);
    }

    private static IEnumerable<JsonObject> Documents(JsonNode? node) => (node as JsonArray)?.OfType<JsonObject>() ?? [];
}
