using System.Globalization;
using System.Text.Json.Nodes;
using OpenCommissioning.Organisations;

namespace OpenCommissioning.Notices;

/// <summary>
/// Writes a notice as an OCDS release. Each notice is one release; the compiled release of the procurement, merged
/// from all of them, is what the public reads.
/// </summary>
public static class NoticeRelease
{
    public static readonly IReadOnlyList<string> Extensions =
    [
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_suitability_extension/master/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_tender_suitability_extension/master/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_location_extension/master/extension.json",
    ];

    public static string ReleaseId(Procurement procurement, Notice notice) => $"{procurement.Ocid}-{notice.Id:N}";

    public static string[] Tags(Notice notice) => notice.Type switch
    {
        NoticeType.Pipeline => [notice.IsAmendment ? "planningUpdate" : "planning"],
        NoticeType.Tender or NoticeType.SubContractOpportunity => [notice.IsAmendment ? "tenderAmendment" : "tender"],
        NoticeType.Award => [notice.IsAmendment ? "awardUpdate" : "award"],
        NoticeType.Contract => [notice.IsAmendment ? "contractAmendment" : "contract"],
        NoticeType.Cancellation => ["tenderCancellation"],
        _ => throw new ArgumentOutOfRangeException(nameof(notice)),
    };

    public static JsonObject Build(Organisation buyer, Procurement procurement, Notice notice, DateTimeOffset publishedAt) =>
        Build(buyer, procurement, notice, publishedAt, documents: null);

    /// <param name="documents">The notice's documents as OCDS documents (<see cref="DocumentSection"/>), listed in its tender.</param>
    public static JsonObject Build(Organisation buyer, Procurement procurement, Notice notice, DateTimeOffset publishedAt, JsonArray? documents)
    {
        var details = notice.Details;
        var party = BuyerParty(buyer, details.Contact);
        var release = new JsonObject
        {
            ["ocid"] = procurement.Ocid,
            ["id"] = ReleaseId(procurement, notice),
            ["date"] = Time(publishedAt),
            ["tag"] = new JsonArray(Tags(notice).Select(t => (JsonNode)t!).ToArray()),
            ["initiationType"] = "tender",
            ["language"] = "en",
            ["parties"] = new JsonArray(party),
            ["buyer"] = new JsonObject { ["id"] = party["id"]!.DeepClone(), ["name"] = buyer.Name },
            ["tender"] = notice.Type switch
            {
                NoticeType.Cancellation => Cancellation(procurement, details),
                NoticeType.Award or NoticeType.Contract => new JsonObject { ["id"] = TenderSection.TenderId(procurement), ["status"] = "complete" },
                _ => TenderSection.Build(procurement, notice, details, publishedAt, documents),
            },
        };
        if (notice.Type == NoticeType.Award && details.Award is { } award) AwardSection.Add(release, notice, award);
        if (notice.Type == NoticeType.Contract && details.Contract is { } contract) ContractSection.Add(release, notice, contract);
        if (procurement.ParentOcid is { } parent)
            release["relatedProcesses"] = new JsonArray(new JsonObject
            {
                ["id"] = "parent", ["relationship"] = new JsonArray("parent"), ["scheme"] = "ocid", ["identifier"] = parent,
            });
        return release;
    }

    private static JsonObject Cancellation(Procurement procurement, NoticeDetails details) => new()
    {
        ["id"] = TenderSection.TenderId(procurement),
        ["status"] = "cancelled",
        ["statusDetails"] = details.CancellationReason,
    };

    private static JsonObject BuyerParty(Organisation buyer, ContactPoint contact)
    {
        var identifier = buyer.Identifiers.FirstOrDefault();
        var party = new JsonObject
        {
            // Without a register number the service's own id is used, so the party is still one stable id.
            ["id"] = identifier?.ToString() ?? $"OC-ORG-{buyer.Id:N}",
            ["name"] = buyer.Name,
            ["roles"] = new JsonArray("buyer"),
        };
        if (identifier is not null)
            party["identifier"] = new JsonObject { ["scheme"] = identifier.Scheme, ["id"] = identifier.Id, ["legalName"] = buyer.Name };
        if (contact.Name.Length > 0)
        {
            var point = new JsonObject { ["name"] = contact.Name, ["email"] = contact.Email };
            if (contact.Phone.Length > 0) point["telephone"] = contact.Phone;
            party["contactPoint"] = point;
        }
        return party;
    }

    internal static string Time(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static JsonObject Money(decimal amount) => new() { ["amount"] = amount, ["currency"] = "GBP" };
}
