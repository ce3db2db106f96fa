using System.Text.Json.Nodes;

namespace OpenCommissioning.Notices;

/// <summary>The contract of a contract notice's release, linked to the award it follows by the award's id.</summary>
internal static class ContractSection
{
    public static void Add(JsonObject release, Notice notice, ContractDetails contract)
    {
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
