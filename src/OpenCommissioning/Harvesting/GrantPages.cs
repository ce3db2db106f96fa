using System.Text.Json;
using System.Text.Json.Nodes;
using OpenCommissioning.Grants;

namespace OpenCommissioning.Harvesting;

/// <summary>A 360Giving data file read as one page of releases: one OCDS award release per grant.</summary>
public static class GrantPages
{
    public static async Task<HarvestPage> ReadAsync(Stream file, CancellationToken cancellationToken)
    {
        var releases = new List<JsonNode?>();
        var refused = new List<RefusedItem>();
        try
        {
            await foreach (var grant in GrantReleases.ReadAsync(file, cancellationToken))
            {
                if (grant.Release is not null) releases.Add(grant.Release);
                // The converter keeps no copy of a grant it could not convert; its identifier lets an administrator find it.
                else refused.Add(new RefusedItem(new JsonObject { ["grantId"] = grant.GrantId }, grant.Problems.Select(p => $"(grant): {p}").ToList()));
            }
        }
        catch (InvalidDataException error) { throw new JsonException(error.Message, error); }
        return new HarvestPage(releases, GrantExtensions.Urls, PublisherName: null, Next: null, Repair: null) { Refused = refused };
    }
}
