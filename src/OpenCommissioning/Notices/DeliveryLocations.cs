using System.Text.Json.Nodes;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Notices;

/// <summary>
/// The item's <c>deliveryLocations</c> (OCDS location extension): each chosen region by its NUTS code, so that a reader
/// need not match names, which repeat across levels ("West Midlands" is both a region and one of its sub-regions).
/// </summary>
internal static class DeliveryLocations
{
    public const string Gazetteer = "NUTS";

    public static JsonArray? For(NoticeDetails details)
    {
        var codes = (details.Nationwide ? [RegionChoice.Nationwide] : Array.Empty<string>()).Concat(details.RegionCodes);
        var locations = codes.Select(Location).OfType<JsonNode>().ToArray();
        return locations.Length == 0 ? null : new JsonArray(locations);
    }

    /// <summary>The NUTS code for a region the form offers, or null for England, which has none of its own.</summary>
    public static string? NutsCode(string code) =>
        code.StartsWith("UK", StringComparison.Ordinal) ? code
        // Scotland, Wales and Northern Ireland are each exactly one NUTS 1 region, the nation's only child.
        : code == "ENG" ? null
        : UkRegions.All.SingleOrDefault(r => r.ParentCode == code)?.Code;

    private static JsonObject? Location(string code)
    {
        if (NutsCode(code) is not { } nuts || UkRegions.Find(code) is not { } region) return null;
        return new JsonObject
        {
            ["description"] = region.Name,
            ["gazetteer"] = new JsonObject { ["scheme"] = Gazetteer, ["identifiers"] = new JsonArray(nuts) },
        };
    }
}
