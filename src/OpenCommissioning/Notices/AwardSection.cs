using System.Text.Json.Nodes;
using OpenCommissioning.Organisations;

namespace OpenCommissioning.Notices;

/// <summary>The award of a notice's release, with the winning provider and any consortium members as supplier parties.</summary>
internal static class AwardSection
{
    public static void Add(JsonObject release, Notice notice, AwardDetails award)
    {
        var suppliers = AddSupplierParties(release, notice.Id, award.Suppliers);
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

    /// <summary>The lead provider first, then the other consortium members: the order every list of suppliers keeps.</summary>
    public static IReadOnlyList<ConsortiumMember> Winners(string leadName, string? leadIdentifier, IEnumerable<ConsortiumMember> members) =>
        [new ConsortiumMember(leadName, leadIdentifier), .. members];

    /// <summary>
    /// Adds a supplier party for each winner and returns the references to them. The ids come from the award notice,
    /// so a contract notice of the same award names the very same parties and the compiled release merges them.
    /// </summary>
    public static JsonArray AddSupplierParties(JsonObject release, Guid awardNoticeId, IReadOnlyList<ConsortiumMember> winners)
    {
        var references = new JsonArray();
        foreach (var (supplier, position) in winners.Select((s, i) => (s, i)))
        {
            var party = Party(supplier, awardNoticeId, position);
            release["parties"]!.AsArray().Add(party);
            references.Add(new JsonObject { ["id"] = (string)party["id"]!, ["name"] = supplier.Name });
        }
        return references;
    }

    /// <summary>A supplier party: its org-id identifier as its id, or one made from the award notice and its place in the list.</summary>
    private static JsonObject Party(ConsortiumMember supplier, Guid awardNoticeId, int position)
    {
        var known = OrganisationIdentifier.TryParse(supplier.Identifier, out var identifier);
        var id = known ? identifier!.ToString() : position == 0 ? $"OC-SUPPLIER-{awardNoticeId:N}" : $"OC-SUPPLIER-{awardNoticeId:N}-{position + 1}";
        var party = new JsonObject { ["id"] = id, ["name"] = supplier.Name, ["roles"] = new JsonArray("supplier") };
        if (known)
            party["identifier"] = new JsonObject { ["scheme"] = identifier!.Scheme, ["id"] = identifier.Id, ["legalName"] = supplier.Name };
        return party;
    }
}
