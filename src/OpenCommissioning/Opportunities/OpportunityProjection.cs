using System.Globalization;
using System.Text.Json.Nodes;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Opportunities;

/// <summary>
/// Reads the fields search needs out of a compiled release. Real data is uneven (harvested notices leave out
/// much), so every field is optional here and the most specific source wins.
/// </summary>
public static class OpportunityProjection
{
    private static readonly string[][] StageTags =
    [
        ["planning", "planningUpdate"],
        ["tender", "tenderUpdate", "tenderAmendment"],
        ["award", "awardUpdate", "awardCancellation"],
        ["contract", "contractUpdate", "contractAmendment", "implementation", "implementationUpdate", "contractTermination"],
        ["tenderCancellation", "planningCancellation"],
    ];

    public static void Apply(Opportunity target, JsonObject compiled, IReadOnlyList<StoredRelease> releases)
    {
        var tender = compiled["tender"] as JsonObject;
        var awards = (compiled["awards"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        target.Title = Text(tender?["title"]) ?? Text(compiled["title"]) ?? awards.Select(a => Text(a["title"])).FirstOrDefault(t => t is not null) ?? "Untitled notice";
        target.Description = Text(tender?["description"]) ?? Text(compiled["description"]) ?? awards.Select(a => Text(a["description"])).FirstOrDefault(t => t is not null) ?? "";
        target.BuyerId = Text(compiled["buyer"]?["id"]) ?? Text(BuyerParty(compiled)?["id"]);
        target.BuyerName = Text(compiled["buyer"]?["name"]) ?? Text(BuyerParty(compiled)?["name"]);
        target.NoticeType = TypeOf(releases.SelectMany(r => r.Tags.Split(' ')), tender);

        var value = tender?["value"] as JsonObject ?? tender?["minValue"] as JsonObject
            ?? awards.Select(a => a["value"] as JsonObject).FirstOrDefault(v => v?["amount"] is not null)
            ?? compiled["planning"]?["budget"]?["amount"] as JsonObject;
        target.ValueAmount = Amount(value?["amount"]);
        target.ValueCurrency = target.ValueAmount is null ? null : Text(value?["currency"]);
        target.ValueNumber = target.ValueAmount is null ? null : (double)target.ValueAmount;

        var published = releases.Select(r => r.Date).Append(Date(tender?["datePublished"]) ?? DateTimeOffset.MaxValue).Min();
        target.PublishedAt = published;
        target.ClosingAt = Date(tender?["tenderPeriod"]?["endDate"]);
        target.UpdatedAt = releases.Max(r => r.Date);

        target.CpvCodes = Delimited(CpvCodesOf(tender));
        var addresses = Items(tender).SelectMany(i => Objects(i["deliveryAddresses"])).ToList();
        target.RegionCodes = Delimited(RegionCodesOf(tender, addresses));
        target.Postcodes = string.Join(' ', addresses.Select(a => Text(a["postalCode"])).OfType<string>().Distinct());

        var lots = Objects(tender?["lots"]).ToList();
        target.SuitableForSme = Suitable(tender, lots, "sme");
        target.SuitableForVcse = Suitable(tender, lots, "vcse");
        var parents = Objects(compiled["relatedProcesses"]).Where(p => p["relationship"] is JsonArray r && r.Any(x => Text(x) == "parent")).ToList();
        target.IsSubContract = parents.Count > 0;
        // Only an identifier said to be an ocid can be looked up as a notice here.
        target.ParentOcid = parents.Where(p => string.Equals(Text(p["scheme"]), "ocid", StringComparison.OrdinalIgnoreCase))
            .Select(p => Text(p["identifier"])?.Trim()).FirstOrDefault(o => o is { Length: > 0 and <= 200 });

        target.Source = releases[^1].Source;
        target.SourceUrl = target.Source is null ? null : NoticeUrl(tender, awards);

        GrantProjection.Apply(target, compiled);
        target.TenderId = Text(tender?["id"]) is { Length: <= 300 } tenderId ? tenderId : null;
        target.MatchTitle = NoticeMatching.Normalise(target.Title);
        target.MatchBuyer = NoticeMatching.NormaliseBuyer(target.BuyerName);
    }

    internal static NoticeType TypeOf(IEnumerable<string> tags, JsonObject? tender)
    {
        var set = tags.ToHashSet();
        if (Text(tender?["status"]) == "cancelled") set.Add("tenderCancellation");
        for (var stage = StageTags.Length - 1; stage >= 0; stage--)
            if (StageTags[stage].Any(set.Contains)) return (NoticeType)stage;
        return tender is null ? NoticeType.Planning : NoticeType.Tender;
    }

    private static JsonObject? BuyerParty(JsonObject compiled) => Objects(compiled["parties"])
        .FirstOrDefault(p => p["roles"] is JsonArray roles && roles.Any(r => Text(r) == "buyer"));

    private static IEnumerable<string> CpvCodesOf(JsonObject? tender)
    {
        var sources = new List<JsonNode?> { tender?["classification"] };
        sources.AddRange(Objects(tender?["additionalClassifications"]));
        foreach (var item in Items(tender))
        {
            sources.Add(item["classification"]);
            sources.AddRange(Objects(item["additionalClassifications"]));
        }
        return sources.OfType<JsonObject>()
            .Where(c => string.Equals(Text(c["scheme"]), "CPV", StringComparison.OrdinalIgnoreCase))
            .Select(c => CpvCodes.Normalise(Text(c["id"]) ?? "")).OfType<string>();
    }

    private static IEnumerable<string> RegionCodesOf(JsonObject? tender, IEnumerable<JsonObject> addresses)
    {
        var named = addresses.Select(a => Text(a["region"]));
        var gazetteer = Items(tender).SelectMany(i => Objects(i["deliveryLocations"]))
            .SelectMany(l => (l["gazetteer"]?["identifiers"] as JsonArray)?.Select(Text) ?? []);
        return named.Concat(gazetteer).OfType<string>()
            .Select(UkRegions.Find).OfType<UkRegion>()
            .SelectMany(r => UkRegions.SelfAndAncestors(r.Code));
    }

    private static bool Suitable(JsonObject? tender, IEnumerable<JsonObject> lots, string kind) =>
        tender?["suitability"]?[kind] is JsonValue v && v.TryGetValue<bool>(out var b) && b
        || lots.Any(l => l["suitability"]?[kind] is JsonValue lv && lv.TryGetValue<bool>(out var lb) && lb);

    private static string? NoticeUrl(JsonObject? tender, IEnumerable<JsonObject> awards) =>
        Objects(tender?["documents"]).Concat(awards.SelectMany(a => Objects(a["documents"])))
            .Where(d => Text(d["documentType"])?.EndsWith("Notice", StringComparison.Ordinal) == true)
            .Select(d => Text(d["url"])).FirstOrDefault(u => u is not null && u.StartsWith("https://", StringComparison.Ordinal));

    private static IEnumerable<JsonObject> Items(JsonObject? tender) => Objects(tender?["items"]);

    internal static IEnumerable<JsonObject> Objects(JsonNode? array) => (array as JsonArray)?.OfType<JsonObject>() ?? [];

    internal static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;

    internal static DateTimeOffset? Date(JsonNode? node) =>
        DateTimeOffset.TryParse(Text(node), CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToUniversalTime() : null;

    private static decimal? Amount(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : null;

    /// <summary>The column's length: a harvested notice with hundreds of lots can name more codes than fit.</summary>
    internal const int DelimitedMaxLength = 2000;

    private static string Delimited(IEnumerable<string> codes)
    {
        var kept = new List<string>();
        var length = 1;
        // Codes come most general first (the notice's, then its items'): those past the column's length are left
        // out of search rather than making the whole notice fail to save.
        foreach (var code in codes.Distinct())
        {
            if (length + code.Length + 1 > DelimitedMaxLength) break;
            kept.Add(code);
            length += code.Length + 1;
        }
        return kept.Count == 0 ? " " : $" {string.Join(' ', kept)} ";
    }
}
