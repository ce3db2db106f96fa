using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Organisations;
using OpenCommissioning.Platform.Data;
using static OpenCommissioning.Platform.Demo.SampleDetails;

namespace OpenCommissioning.Platform.Demo;

/// <summary>
/// The buying organisations of the demo notices, made once each from a sample's buyer party and found again by name
/// on the next start. An identifier is kept only where it is on a register this service accepts and nobody holds it.
/// </summary>
internal sealed class DemoBuyers(AppDbContext db, DateTimeOffset now)
{
    private readonly Dictionary<string, Guid> known = new(StringComparer.Ordinal);
    private readonly HashSet<OrganisationIdentifier> taken = [];

    public async Task<Guid> FindOrAddAsync(JsonObject release, Action<string> note, CancellationToken cancellationToken)
    {
        var party = SampleParties.Buyer(release);
        var name = Text(party["name"]) ?? Text(release["buyer"]?["name"]) ?? "Unnamed buyer";
        if (name.Length > Organisation.NameMaxLength) name = name[..Organisation.NameMaxLength].Trim();
        if (known.TryGetValue(name, out var id)) return id;
        id = await db.Set<Organisation>().Where(o => o.Name == name && o.Kind == OrganisationKind.Buyer)
            .Select(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        if (id != Guid.Empty) return known[name] = id;

        var buyer = new Organisation(Guid.NewGuid(), name, OrganisationKind.Buyer, LegalForm.PublicBody, now);
        var identifier = SampleParties.Identifier(party);
        if (identifier is not null && identifier.Register.IsUsableBy(OrganisationKind.Buyer) && await IsFreeAsync(identifier, cancellationToken))
        {
            buyer.AddIdentifier(identifier);
            taken.Add(identifier);
        }
        else
            note($"the buyer's identifier '{Text(party["id"])}' is not on a register this service accepts for buyers (or is held already), " +
                 "so its notices use the service's own id for it");
        if (Address(party["address"]) is { } address) buyer.SetRegisteredAddress(address);
        db.Add(buyer);
        return known[name] = buyer.Id;
    }

    private async Task<bool> IsFreeAsync(OrganisationIdentifier identifier, CancellationToken cancellationToken) =>
        !taken.Contains(identifier) && !await db.Set<Organisation>()
            .AnyAsync(o => o.Identifiers.Any(i => i.Scheme == identifier.Scheme && i.Id == identifier.Id), cancellationToken);

    private static OrganisationAddress? Address(JsonNode? address)
    {
        var (line, town, postcode) = (Text(address?["streetAddress"]), Text(address?["locality"]), Text(address?["postalCode"]));
        if (line is null || town is null || UkPostcode.Normalise(postcode) is null) return null;
        if (line.Length > OrganisationAddress.LineMaxLength || town.Length > OrganisationAddress.TownMaxLength) return null;
        return new OrganisationAddress(line, town, postcode!);
    }
}
