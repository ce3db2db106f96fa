using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using OpenCommissioning.Notices;
using OpenCommissioning.Organisations;
using static OpenCommissioning.Platform.Demo.SampleDetails;

namespace OpenCommissioning.Platform.Demo;

/// <summary>The buyer, its contact point and the winning suppliers of a sample release.</summary>
internal static class SampleParties
{
    public static JsonObject Buyer(JsonObject release)
    {
        var buyerId = Text(release["buyer"]?["id"]);
        return Objects(release["parties"]).FirstOrDefault(p => buyerId is not null && Text(p["id"]) == buyerId)
            ?? Objects(release["parties"]).FirstOrDefault(p => HasRole(p, "buyer"))
            ?? release["buyer"] as JsonObject ?? [];
    }

    /// <summary>The org-id identifier of a party, when it is on a register this service accepts.</summary>
    public static OrganisationIdentifier? Identifier(JsonObject party)
    {
        var scheme = Text(party["identifier"]?["scheme"]);
        var id = Text(party["identifier"]?["id"]);
        foreach (var candidate in new[] { scheme is null || id is null ? null : $"{scheme}-{id}", Text(party["id"]) })
            if (OrganisationIdentifier.TryParse(candidate, out var identifier)) return identifier;
        return null;
    }

    /// <summary>The buyer's contact point, kept only where the notice form would accept it.</summary>
    public static ContactPoint Contact(JsonObject buyer, Action<string> note)
    {
        var point = buyer["contactPoint"];
        var (name, email, phone) = (Text(point?["name"]) ?? "", Text(point?["email"]) ?? "", Text(point?["telephone"]) ?? "");
        if (email.Length > 0 && !new EmailAddressAttribute().IsValid(email))
        {
            note($"the contact email '{email}' is not an email address, so it was left out");
            email = "";
        }
        if (name.Length == 0 && email.Length > 0) name = "Procurement team";
        if (phone.Length > 0 && phone.Count(char.IsAsciiDigit) is < 10 or > 15)
        {
            note($"the contact telephone number '{phone}' is not a full telephone number, so it was left out");
            phone = "";
        }
        return new ContactPoint(name, email, phone);
    }

    /// <summary>The first award's winners: the first supplier leads, the others are consortium members.</summary>
    public static AwardDetails? Award(JsonObject release, TimeSpan shift, Action<string> note)
    {
        var awards = Objects(release["awards"]).ToList();
        if (awards.Count == 0) { note("it is tagged as an award but has no award"); return null; }
        if (awards.Count > 1) note($"it has {awards.Count} awards; an award notice here holds one, so only the first was published");
        var award = awards[0];
        var suppliers = Objects(award["suppliers"]).ToList();
        if (suppliers.Count == 0) { note("its award names no supplier, so no award notice was published"); return null; }
        if (suppliers.Count > AwardDetails.MaxConsortiumMembers + 1)
            note($"its award names {suppliers.Count} suppliers; an award notice here names at most {AwardDetails.MaxConsortiumMembers + 1}, so the rest were left out");
        var supplierId = Text(suppliers[0]["id"]);
        var party = Objects(release["parties"]).FirstOrDefault(p => Text(p["id"]) == supplierId) ?? suppliers[0];
        var value = Amount(award["value"]?["amount"]);
        if (value is null) note("its award has no value, so the award notice says £0");
        var date = Day(award["date"], shift) ?? Day(release["date"], shift)!.Value;
        return new AwardDetails(Text(suppliers[0]["name"]) ?? Text(party["name"]) ?? "Unnamed supplier", Identifier(party)?.ToString(),
            value ?? 0, date, null) { ConsortiumMembers = suppliers.Skip(1).Take(AwardDetails.MaxConsortiumMembers).Select(s => Member(release, s))
                .Where(m => m.Identifier is null || m.Identifier != Identifier(party)?.ToString()).DistinctBy(m => m.Identifier ?? m.Name).ToList() };
    }

    private static ConsortiumMember Member(JsonObject release, JsonObject supplier)
    {
        var party = Objects(release["parties"]).FirstOrDefault(p => Text(p["id"]) == Text(supplier["id"])) ?? supplier;
        return new ConsortiumMember(Text(supplier["name"]) ?? Text(party["name"]) ?? "Unnamed supplier", Identifier(party)?.ToString());
    }

    public static IEnumerable<JsonObject> Objects(JsonNode? array) => (array as JsonArray)?.OfType<JsonObject>() ?? [];

    private static bool HasRole(JsonObject party, string role) =>
        party["roles"] is JsonArray roles && roles.Any(r => Text(r) == role);
}
