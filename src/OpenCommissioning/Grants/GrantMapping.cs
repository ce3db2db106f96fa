using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenCommissioning.Grants;

/// <summary>One 360Giving grant as one OCDS award release; the field choices are in docs/decisions/0004-grants-as-ocds.md.</summary>
internal static partial class GrantMapping
{
    /// <summary>The free-text procurement method that marks a release as a grant rather than a contract.</summary>
    public const string GrantMarker = "Grant";

    public static GrantRelease ToRelease(JsonObject grant, string ocidPrefix, int position)
    {
        var problems = new List<string>();
        var grantId = GrantValues.Text(grant, "id");
        if (grantId is null) problems.Add($"Grant {position} in the file has no identifier (id).");
        var title = Required(grant, "title", "title", problems);
        var description = Required(grant, "description", "description", problems);
        var currency = GrantValues.Text(grant, "currency")?.ToUpperInvariant();
        if (currency is null) problems.Add("The grant has no currency (currency).");
        else if (!Currency().IsMatch(currency)) problems.Add($"The currency \"{currency}\" is not a three-letter code such as GBP.");
        var amount = GrantValues.Amount(grant, "amountAwarded", "amount awarded", problems);
        var awardDate = GrantValues.Date(grant, "awardDate", "award date", problems, required: true);
        var modified = GrantValues.Date(grant, "dateModified", "date last modified", problems, required: false);

        var parties = new GrantParties();
        var funders = Organisations(grant, "fundingOrganization", "funding organisation", problems);
        var buyer = funders.Count == 0 ? null : parties.Add(funders[0], "funding organisation", problems, "buyer", "funder");
        foreach (var other in funders.Skip(1)) parties.Add(other, "funding organisation", problems, "funder");
        var supplier = Recipient(grant, parties, problems);
        var period = Period(grant["plannedDates"] is JsonArray { Count: > 0 } planned ? planned[0] : null, problems);

        if (problems.Count > 0 || grantId is null) return new GrantRelease(null, grantId ?? "", problems);

        var award = new JsonObject
        {
            ["id"] = grantId, ["title"] = title, ["description"] = description, ["status"] = "active",
            ["date"] = GrantValues.Ocds(awardDate!.Value),
            ["value"] = new JsonObject { ["amount"] = amount, ["currency"] = currency },
            ["suppliers"] = new JsonArray(supplier),
        };
        if (period is not null) award["contractPeriod"] = period;
        if (GrantValues.Text(grant, "url") is { } url && Uri.IsWellFormedUriString(url, UriKind.Absolute))
            award["documents"] = new JsonArray(new JsonObject
                { ["id"] = "grant-information", ["documentType"] = "awardNotice", ["title"] = "More about this grant", ["url"] = url });

        var tender = new JsonObject
        {
            ["id"] = grantId, ["title"] = title, ["description"] = description, ["status"] = "complete",
            ["procurementMethodDetails"] = GrantMarker,
        };
        if (GrantValues.Text(grant, "fromOpenCall") == "Yes") tender["procurementMethod"] = "open";

        var release = new JsonObject
        {
            ["ocid"] = $"{ocidPrefix}-{grantId}",
            ["id"] = modified is { } m ? $"{grantId}-{m:yyyyMMdd'T'HHmmss'Z'}" : grantId,
            ["date"] = GrantValues.Ocds(modified ?? awardDate.Value),
            ["tag"] = new JsonArray("award"),
            ["initiationType"] = "tender",
            ["language"] = "en",
            ["parties"] = parties.ToJson(),
            ["buyer"] = buyer,
        };
        if (Programme(grant) is { } programme) release["planning"] = new JsonObject { ["budget"] = programme };
        release["tender"] = tender;
        release["awards"] = new JsonArray(award);
        return new GrantRelease(release, grantId, []);
    }

    private static string? Required(JsonNode grant, string name, string words, List<string> problems)
    {
        var text = GrantValues.Text(grant, name);
        if (text is null) problems.Add($"The grant has no {words} ({name}).");
        return text;
    }

    private static List<JsonNode> Organisations(JsonNode grant, string name, string words, List<string> problems)
    {
        if (grant[name] is JsonArray { Count: > 0 } list) return list.Where(o => o is not null).ToList()!;
        problems.Add($"The grant has no {words} ({name}).");
        return [];
    }

    /// <summary>An organisation, or else a person: 360Giving allows grants to individuals, named by an anonymous id.</summary>
    private static JsonObject? Recipient(JsonNode grant, GrantParties parties, List<string> problems)
    {
        if (grant["recipientOrganization"] is JsonArray { Count: > 0 } organisations)
            return parties.Add(organisations[0], "recipient organisation", problems, "supplier", "payee");
        if (grant["recipientIndividual"] is JsonObject person)
            return parties.Add(person, "recipient", problems, "supplier", "payee");
        problems.Add("The grant has no recipient organisation (recipientOrganization) or recipient individual (recipientIndividual).");
        return null;
    }

    /// <summary>The planned dates of the funded activity; an end may be given as a duration in months.</summary>
    private static JsonObject? Period(JsonNode? planned, List<string> problems)
    {
        var start = GrantValues.PlannedDate(planned, "startDate", isEnd: false, problems);
        var end = GrantValues.PlannedDate(planned, "endDate", isEnd: true, problems);
        if (end is null && start is { } from && planned?["duration"] is JsonValue duration && duration.TryGetValue<double>(out var months) && months > 0)
            end = from.AddMonths((int)Math.Round(months)).AddDays(-1);
        if (start is null && end is null) return null;
        if (start is { } s && end is { } e && e < s) { problems.Add("The planned end date is before the planned start date."); return null; }
        var period = new JsonObject();
        if (start is { } begin) period["startDate"] = GrantValues.Ocds(begin);
        if (end is { } finish) period["endDate"] = GrantValues.Ocds(finish);
        if (start is { } a && end is { } b) period["durationInDays"] = (int)Math.Ceiling((b - a).TotalDays) + 1;
        return period;
    }

    /// <summary>The grant programme is the budget the grant is paid from: planning.budget's project and projectID.</summary>
    private static JsonObject? Programme(JsonNode grant)
    {
        if (grant["grantProgramme"] is not JsonArray { Count: > 0 } programmes) return null;
        var title = GrantValues.Text(programmes[0], "title");
        var code = GrantValues.Text(programmes[0], "code");
        if (title is null && code is null) return null;
        var budget = new JsonObject();
        if (code is not null) budget["id"] = code;
        if (title is not null) budget["project"] = title;
        if (code is not null) budget["projectID"] = code;
        if (GrantValues.Text(programmes[0], "url") is { } url && Uri.IsWellFormedUriString(url, UriKind.Absolute)) budget["uri"] = url;
        return budget;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Currency();
}
