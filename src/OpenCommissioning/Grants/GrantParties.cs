using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenCommissioning.Grants;

/// <summary>Funders and recipients as OCDS parties, one per organisation identifier, with their roles joined.</summary>
internal sealed partial class GrantParties
{
    private readonly Dictionary<string, JsonObject> byId = new(StringComparer.Ordinal);

    public JsonArray ToJson() => new(byId.Values.Select(p => (JsonNode)p).ToArray());

    /// <summary>Adds the organisation with the roles; gives back its reference ({id, name}) or null with a problem.</summary>
    public JsonObject? Add(JsonNode? organisation, string words, List<string> problems, params string[] roles)
    {
        var id = GrantValues.Text(organisation, "id");
        var name = GrantValues.Text(organisation, "name");
        if (id is null || name is null)
        {
            problems.Add($"The {words} has no {(id is null ? "identifier (id)" : "name")}.");
            return null;
        }
        if (!byId.TryGetValue(id, out var party))
        {
            party = new JsonObject { ["id"] = id, ["name"] = name };
            AddIdentifiers(party, organisation!, id, name);
            AddAddress(party, organisation!);
            party["roles"] = new JsonArray();
            byId[id] = party;
        }
        var partyRoles = party["roles"]!.AsArray();
        foreach (var role in roles.Where(r => partyRoles.All(existing => (string?)existing != r))) partyRoles.Add(role);
        return new JsonObject { ["id"] = id, ["name"] = name };
    }

    /// <summary>
    /// The identifier comes from an org-id ("GB-CHC-1123456": register GB-CHC, number 1123456). A funder's own
    /// made-up identifier ("360G-…") names no register, so the party has none; charity and company numbers given
    /// alongside become additional identifiers.
    /// </summary>
    private static void AddIdentifiers(JsonObject party, JsonNode organisation, string id, string name)
    {
        var main = OrgId().Match(id);
        if (main.Success)
            party["identifier"] = Identifier(main.Groups["scheme"].Value.ToUpperInvariant(), main.Groups["number"].Value, name);
        var more = new JsonArray();
        foreach (var (field, scheme) in new[] { ("charityNumber", "GB-CHC"), ("companyNumber", "GB-COH") })
        {
            var number = GrantValues.Text(organisation, field);
            var sameAsMain = main.Success && main.Groups["scheme"].Value.Equals(scheme, StringComparison.OrdinalIgnoreCase)
                && main.Groups["number"].Value == number;
            if (number is not null && !sameAsMain) more.Add(Identifier(scheme, number, name));
        }
        if (more.Count > 0) party["additionalIdentifiers"] = more;
    }

    private static JsonObject Identifier(string scheme, string number, string name) =>
        new() { ["scheme"] = scheme, ["id"] = number, ["legalName"] = name };

    private static void AddAddress(JsonObject party, JsonNode organisation)
    {
        var address = new JsonObject();
        foreach (var (from, to) in new[] { ("streetAddress", "streetAddress"), ("addressLocality", "locality"),
                     ("addressRegion", "region"), ("postalCode", "postalCode"), ("addressCountry", "countryName") })
            if (GrantValues.Text(organisation, from) is { } text) address[to] = text;
        if (address.Count > 0) party["address"] = address;
    }

    [GeneratedRegex(@"^(?<scheme>[A-Za-z]{2}-[A-Za-z]{2,10})-(?<number>\S.*)$")]
    private static partial Regex OrgId();
}
