using System.Text.Json.Nodes;

namespace OpenCommissioning.Notices;

/// <summary>
/// The contract of a contract notice's release, linked to the award it follows by the award's id, with every supplier
/// of that award as a supplier party. The contract itself does not list suppliers: core OCDS 1.1 has no such field
/// and no extension we declare adds one, so the parties and awardID are how a reader finds who holds the contract.
/// </summary>
internal static class ContractSection
{
    public static void Add(JsonObject release, Notice notice, ContractDetails contract)
    {
        AwardSection.AddSupplierParties(release, contract.AwardNoticeId, contract.Suppliers);
        release["contracts"] = new JsonArray(new JsonObject
        {
            ["id"] = notice.Id.ToString("N"),
            // The award section gives each award its notice's id, so the contract names the award the same way.
            ["awardID"] = contract.AwardNoticeId.ToString("N"),
            ["title"] = notice.Details.Title,
            ["status"] = "active",
            ["value"] = NoticeRelease.Money(contract.Value),
            ["period"] = new JsonObject { ["startDate"] = Day(contract.Start), ["endDate"] = Day(contract.End) },
            ["dateSigned"] = Day(contract.DateSigned),
        });
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd") + "T00:00:00Z";
}
