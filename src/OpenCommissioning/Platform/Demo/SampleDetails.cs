using System.Globalization;
using System.Text.Json.Nodes;
using OpenCommissioning.Notices;
using OpenCommissioning.Platform.Layout;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Platform.Demo;

/// <summary>
/// Reads what a notice says out of a sample release, moved in time by <c>shift</c>. Whatever the notice model has
/// no place for, or the publishing rules would refuse, is left out and noted with why, never guessed.
/// </summary>
internal static class SampleDetails
{
    public static NoticeDetails Read(JsonObject release, TimeSpan shift, Action<string> note)
    {
        var tender = release["tender"] as JsonObject ?? [];
        var (nationwide, regions, postcodes) = SampleLocations.Read(tender, note);
        var buyer = SampleParties.Buyer(release);
        return new NoticeDetails
        {
            Title = Limited(Text(tender["title"]) ?? Text(release["awards"]?[0]?["title"]) ?? "Untitled notice", TenderValidation.TitleMaxLength, "title", note),
            Description = Limited((Text(tender["description"]) ?? "").ReplaceLineEndings("\n"), TenderValidation.DescriptionMaxLength, "description", note),
            CpvCodes = CpvCodesOf(tender, note),
            Nationwide = nationwide,
            RegionCodes = regions,
            Postcodes = postcodes,
            Value = ValueOf(tender, note),
            ContractStart = Day(tender["contractPeriod"]?["startDate"], shift),
            ContractEnd = Day(tender["contractPeriod"]?["endDate"], shift),
            Procedure = ProcedureOf(Text(tender["procurementMethodDetails"])),
            Lots = SampleParties.Objects(tender["lots"]).Select(LotOf).ToList(),
            Deadline = Time(tender["tenderPeriod"]?["endDate"], shift),
            SuitableForSme = Flag(tender["suitability"]?["sme"]),
            SuitableForVcse = Flag(tender["suitability"]?["vcse"]),
            Contact = SampleParties.Contact(buyer, note),
            ApproachToMarket = SampleParties.Objects(release["planning"]?["milestones"])
                .Select(m => Day(m["dueDate"], shift)).FirstOrDefault(d => d is not null),
        };
    }

    public static DateTimeOffset? Time(JsonNode? node, TimeSpan shift) =>
        DateTimeOffset.TryParse(Text(node), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at.ToUniversalTime() + shift : null;

    public static DateOnly? Day(JsonNode? node, TimeSpan shift) =>
        Time(node, shift) is { } at ? DateOnly.FromDateTime(UkTime.ToUk(at).DateTime) : null;

    public static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    public static decimal? Amount(JsonNode? node) => node is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : null;

    private static bool Flag(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static string Limited(string text, int max, string what, Action<string> note)
    {
        if (text.Length <= max) return text;
        note($"the {what} is {text.Length:N0} characters, more than the {max:N0} a notice allows, so it was cut short");
        return text[..max];
    }

    private static IReadOnlyList<string> CpvCodesOf(JsonObject tender, Action<string> note)
    {
        var items = SampleParties.Objects(tender["items"]).ToList();
        var classifications = new[] { tender["classification"] }
            .Concat(SampleParties.Objects(tender["additionalClassifications"]))
            .Concat(items.Select(i => i["classification"]))
            .Concat(items.SelectMany(i => SampleParties.Objects(i["additionalClassifications"])))
            .OfType<JsonObject>().Where(c => string.Equals(Text(c["scheme"]), "CPV", StringComparison.OrdinalIgnoreCase));
        var codes = new List<string>();
        foreach (var id in classifications.Select(c => Text(c["id"])).OfType<string>().Distinct())
        {
            if (CpvCodes.Normalise(id) is { } code && CpvCodes.Find(code) is not null) { if (!codes.Contains(code)) codes.Add(code); }
            else note($"CPV code '{id}' is not in the 2008 vocabulary, so it was left out");
        }
        return codes;
    }

    private static NoticeValue ValueOf(JsonObject tender, Action<string> note)
    {
        var amount = Amount(tender["value"]?["amount"]);
        var minimum = Amount(tender["minValue"]?["amount"]);
        if (amount <= 0) { note($"a value of {amount} is taken as not known: a notice's value must be more than £0"); amount = null; }
        if (minimum <= 0) minimum = null;
        var currency = Text(tender["value"]?["currency"]);
        if (amount is not null && currency is not null and not "GBP")
        {
            note($"a value in {currency} is left out: notices here are in pounds");
            return new(null, null, null);
        }
        return minimum is null ? new(amount, null, null) : new(null, minimum, amount);
    }

    private static Procedure ProcedureOf(string? details) =>
        details is null ? Procedure.Open
        : details.Contains("below threshold", StringComparison.OrdinalIgnoreCase) ? Procedure.BelowThreshold
        : details.Contains("restricted", StringComparison.OrdinalIgnoreCase) ? Procedure.Restricted
        : Procedure.Open;

    private static LotDetails LotOf(JsonObject lot)
    {
        var value = Amount(lot["value"]?["amount"]);
        return new(Text(lot["title"]) ?? "Untitled lot", Text(lot["description"]) ?? "", value > 0 ? value : null,
            Flag(lot["suitability"]?["sme"]), Flag(lot["suitability"]?["vcse"]));
    }
}
