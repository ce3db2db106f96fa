using System.Text.Json.Nodes;
using OpenCommissioning.Organisations;

namespace OpenCommissioning.Notices;

/// <summary>The award of a notice's release, with the winning provider as a supplier party.</summary>
internal static class AwardSection
{
    public static void Add(JsonObject release, Notice notice, AwardDetails award)
    {
        var supplierId = OrganisationIdentifier.TryParse(award.SupplierIdentifier, out var identifier)
            ? identifier!.ToString() : $"OC-SUPPLIER-{notice.Id:N}";
        var party = new JsonObject { ["id"] = supplierId, ["name"] = award.SupplierName, ["roles"] = new JsonArray("supplier") };
        if (identifier is not null)
            party["identifier"] = new JsonObject { ["scheme"] = identifier.Scheme, ["id"] = identifier.Id, ["legalName"] = award.SupplierName };
        release["parties"]!.AsArray().Add(party);
        var node = new JsonObject
        {
            ["id"] = notice.Id.ToString("N"),
            ["title"] = notice.Details.Title,
            ["status"] = "active",
            ["date"] = award.Date.ToString("yyyy-MM-dd") + "T00:00:00Z",
            ["value"] = NoticeRelease.Money(award.Value),
            ["suppliers"] = new JsonArray(new JsonObject { ["id"] = supplierId, ["name"] = award.SupplierName }),
        };
        if (award.LotNumber is { } lot) node["relatedLots"] = new JsonArray(lot.ToString());
        release["awards"] = new JsonArray(node);
    }
}
