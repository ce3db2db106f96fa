using System.Text.Json.Nodes;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Organisations;
using OpportunityNotices = OpenCommissioning.Tests.Opportunities.Notices;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Contracts a sub-contract opportunity can belong to, as another portal would have published them.</summary>
public static class ParentArrange
{
    /// <summary>Stores a harvested procurement, awarded or still at tender, and returns its ocid.</summary>
    public static async Task<string> StoreContractAsync(this ServiceFactory service, string title = "Homecare across Leeds",
        bool awarded = true, string awardStatus = "active")
    {
        var ocid = OpportunityNotices.NewOcid();
        await OpportunityNotices.PublishAsync(service, OpportunityNotices.Tender(ocid, title, change: release =>
        {
            if (!awarded) return;
            release["tag"] = new JsonArray("award");
            release["tender"]!["status"] = "complete";
            release["awards"] = new JsonArray(new JsonObject
            {
                ["id"] = "1", ["status"] = awardStatus,
                ["suppliers"] = new JsonArray(new JsonObject { ["id"] = "GB-COH-01234567", ["name"] = "Prime Care Ltd" }),
            });
        }));
        return ocid;
    }

    public static Dictionary<string, string> SubContractOf(string parentOcid) =>
        NoticeArrange.ValidTender().With("Input.NoticeType", "SubContractOpportunity").With("Input.ParentOcid", parentOcid);

    /// <summary>Drafts and publishes a sub-contract opportunity of the given contract; returns the new notice's ocid.</summary>
    public static async Task<string> PublishSubContractAsync(this ServiceFactory service, SignedInMember prime, string parentOcid, string title)
    {
        var id = await prime.DraftAsync(SubContractOf(parentOcid).With("Input.Title", title));
        await prime.PublishAsync(id);
        await service.RunJobsAsync();
        return await service.OcidAsync(id);
    }
}
