using System.Text.Json.Nodes;
using OpenCommissioning.Organisations;

namespace OpenCommissioning.Notices;

/// <summary>The award of a notice's release, with the winning provider and any consortium members as supplier parties.</summary>
internal static class AwardSection
{
    public static void Add(JsonObject release, Notice notice, AwardDetails award)
    {
        var suppliers = new JsonArray();
        var winners = new[] { new ConsortiumMember(award.SupplierName, award.SupplierIdentifier) }.Concat(award.ConsortiumMembers);
        foreach (var (supplier, position) in winners.Select((s, i) => (s, i)))
        {
            var party = Party(supplier, notice, position);
            release["parties"]!.AsArray().Add(party);
            suppliers.Add(new JsonObject { ["id"] = (string)party["id"]!, ["name"] = supplier.Name });
        }
        var node = new JsonObject
        {
            ["id"] = notice.Id.ToString("N"),
            ["title"] = notice.Details.Title,
            ["status"] = "active",
            ["date"] = award.Date.ToString("yyyy-MM-dd") + "T00:00:00Z",
            ["value"] = NoticeRelease.Money(award.Value),
            ["suppliers"] = suppliers,
        };
        if (award.LotNumber is { } lot) node["relatedLots"] = new JsonArray(lot.ToString());
        release["awards"] = new JsonArray(node);
    }

    /// <summary>A supplier party: its org-id identifier as its id, or one made from the notice and its place in the list.</summary>
    private static JsonObject Party(ConsortiumMember supplier, Notice notice, int position)
    {
        var known = OrganisationIdentifier.TryParse(supplier.Identifier, out var identifier);
        var id = known ? identifier!.ToString() : position == 0 ? $"OC-SUPPLIER-{notice.Id:N}" : $"OC-SUPPLIER-{notice.Id:N}-{position + 1}";
        var party = new JsonObject { ["id"] = id, ["name"] = supplier.Name, ["roles"] = new JsonArray("supplier") };
        if (known)
            party["identifier"] = new JsonObject { ["scheme"] = identifier!.Scheme, ["id"] = identifier.Id, ["legalName"] = supplier.Name };
        return party;
    }
}
