using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Notices;

/// <summary>
/// A lot's CPV codes in a release, as the OCDS lots extension has it: an item of the tender whose <c>relatedLot</c>
/// is the lot's id, classified like the notice's own item (the first code, the rest as additional classifications).
/// Search reads every item's classifications, so a notice is found by any of its lots' codes.
/// </summary>
internal static class LotItems
{
    /// <summary>A lot's id in the release: its number on the form.</summary>
    public static string LotId(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>One item a lot that has codes; a lot without codes has no item, so it claims no code.</summary>
    public static IEnumerable<JsonObject> For(IReadOnlyList<LotDetails> lots) =>
        lots.Select((lot, index) => (lot, index)).Where(l => l.lot.CpvCodes.Count > 0).Select(l => Item(l.lot, LotId(l.index)));

    private static JsonObject Item(LotDetails lot, string lotId)
    {
        var item = new JsonObject
        {
            // Distinct from the notice's item "1", and the same in each release, so merged releases keep one item a lot.
            ["id"] = "lot-" + lotId,
            ["description"] = lot.Title,
            ["classification"] = TenderSection.Classification(lot.CpvCodes[0]),
            ["relatedLot"] = lotId,
        };
        if (lot.CpvCodes.Count > 1)
            item["additionalClassifications"] = new JsonArray(lot.CpvCodes.Skip(1).Select(c => (JsonNode)TenderSection.Classification(c)).ToArray());
        return item;
    }
}
