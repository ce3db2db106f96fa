using System.Text.Json.Nodes;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Notices;

/// <summary>The tender object of a notice's release: what is bought, where, for how much, until when.</summary>
internal static class TenderSection
{
    public static string TenderId(Procurement procurement) => procurement.Ocid + "-tender";

    public static JsonObject Build(Procurement procurement, Notice notice, NoticeDetails details, DateTimeOffset publishedAt, JsonArray? documents = null)
    {
        var tender = new JsonObject
        {
            ["id"] = TenderId(procurement),
            ["title"] = details.Title,
            ["description"] = details.Description,
            ["status"] = notice.Type == NoticeType.Pipeline ? "planned" : "active",
            ["procurementMethod"] = details.Procedure == Procedure.Restricted ? "selective" : "open",
            ["procurementMethodDetails"] = details.Procedure.DisplayName(),
            ["mainProcurementCategory"] = "services",
            ["items"] = new JsonArray(Item(details)),
            ["suitability"] = new JsonObject { ["sme"] = details.SuitableForSme, ["vcse"] = details.SuitableForVcse },
        };
        if (details.ShortPeriodReason is { } reason) tender["procurementMethodRationale"] = ShortTenderPeriod.ToRationale(reason);
        // A release's null removes the field from the compiled release: an amendment that drops the reason (a later
        // deadline) must not leave the old one showing.
        else if (notice.IsAmendment) tender["procurementMethodRationale"] = null;
        AddValue(tender, details.Value);
        if (notice.Type == NoticeType.Pipeline && details.ApproachToMarket is { } approach)
            tender["tenderPeriod"] = new JsonObject { ["startDate"] = Day(approach) };
        if (details.Deadline is { } deadline)
            tender["tenderPeriod"] = new JsonObject { ["startDate"] = NoticeRelease.Time(publishedAt), ["endDate"] = NoticeRelease.Time(deadline) };
        if (details.ContractStart is not null || details.ContractEnd is not null)
        {
            var period = new JsonObject();
            if (details.ContractStart is { } start) period["startDate"] = Day(start);
            if (details.ContractEnd is { } end) period["endDate"] = Day(end);
            tender["contractPeriod"] = period;
        }
        if (details.Lots.Count > 0) tender["lots"] = new JsonArray(details.Lots.Select((l, i) => (JsonNode)Lot(l, i)).ToArray());
        foreach (var lotItem in LotItems.For(details.Lots)) ((JsonArray)tender["items"]!).Add(lotItem);
        if (documents is { Count: > 0 }) tender["documents"] = documents;
        if (notice.IsAmendment)
            tender["amendments"] = new JsonArray(new JsonObject
            {
                ["id"] = notice.Id.ToString("N"), ["date"] = NoticeRelease.Time(publishedAt), ["rationale"] = notice.AmendmentRationale,
            });
        return tender;
    }

    private static void AddValue(JsonObject tender, NoticeValue value)
    {
        if (value.Amount is { } amount) tender["value"] = NoticeRelease.Money(amount);
        if (value.Minimum is { } minimum) tender["minValue"] = NoticeRelease.Money(minimum);
        if (value.Maximum is { } maximum) tender["value"] = NoticeRelease.Money(maximum);
    }

    private static JsonObject Item(NoticeDetails details)
    {
        var item = new JsonObject { ["id"] = "1", ["description"] = details.Title };
        if (details.CpvCodes.Count > 0)
        {
            item["classification"] = Classification(details.CpvCodes[0]);
            if (details.CpvCodes.Count > 1)
                item["additionalClassifications"] = new JsonArray(details.CpvCodes.Skip(1).Select(c => (JsonNode)Classification(c)).ToArray());
        }
        var addresses = new List<JsonNode>();
        if (details.Nationwide) addresses.Add(new JsonObject { ["region"] = UkRegions.Find("UK")!.Name, ["countryName"] = "United Kingdom" });
        addresses.AddRange(details.RegionCodes.Select(c => new JsonObject { ["region"] = UkRegions.Find(c)?.Name ?? c, ["countryName"] = "United Kingdom" }));
        addresses.AddRange(details.Postcodes.Select(p => new JsonObject { ["postalCode"] = p, ["countryName"] = "United Kingdom" }));
        if (addresses.Count > 0) item["deliveryAddresses"] = new JsonArray(addresses.ToArray());
        if (DeliveryLocations.For(details) is { } locations) item["deliveryLocations"] = locations;
        return item;
    }

    internal static JsonObject Classification(string code) =>
        new() { ["scheme"] = "CPV", ["id"] = code, ["description"] = CpvChoice.Label(code) };

    private static JsonObject Lot(LotDetails lot, int index)
    {
        var node = new JsonObject { ["id"] = LotItems.LotId(index), ["title"] = lot.Title, ["status"] = "active" };
        if (lot.Description.Length > 0) node["description"] = lot.Description;
        if (lot.Value is { } value) node["value"] = NoticeRelease.Money(value);
        node["suitability"] = new JsonObject { ["sme"] = lot.SuitableForSme, ["vcse"] = lot.SuitableForVcse };
        return node;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd") + "T00:00:00Z";
}
