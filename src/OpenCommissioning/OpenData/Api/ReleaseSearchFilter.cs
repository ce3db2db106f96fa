using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.OpenData.Api;

/// <summary>The contracting processes a search matched, or the parameter the search could not use.</summary>
public sealed record SearchMatches(IReadOnlyCollection<string>? Ocids, ParameterProblem? Problem);

/// <summary>
/// The keyword, CPV, region and buyer filters, answered by the finding capability's search so that the API and
/// the search page agree on what matches: a CPV code includes the codes beneath it, a region its sub-regions.
/// </summary>
public sealed class ReleaseSearchFilter(OpportunitySearch search)
{
    /// <summary>
    /// The most processes one filtered walk can cover. Past it the answer would be silently cut short, so the
    /// client is asked to narrow the search (or take the bulk files) instead.
    /// </summary>
    public const int MaxProcesses = 10_000;

    public async Task<SearchMatches> MatchingOcidsAsync(ReleaseQuery query, CancellationToken cancellationToken)
    {
        var cpvCodes = new List<string>();
        foreach (var code in Split(query.Cpv))
        {
            if (CpvCodes.Find(code) is not { } found)
                return Refused("cpv", $"cpv must be a comma-separated list of CPV codes of 8 digits, such as 85000000; '{Shorten(code)}' is not one.");
            cpvCodes.Add(found.Code);
        }
        var regions = new List<string>();
        foreach (var name in Split(query.Region))
        {
            if (UkRegions.Find(name) is not { } found)
                return Refused("region", $"region must be a comma-separated list of UK region codes or names, such as UKI or London; '{Shorten(name)}' is not one.");
            regions.Add(found.Code);
        }
        var opportunities = new OpportunityQuery
        {
            Keywords = query.Keywords,
            CpvCodes = cpvCodes,
            Regions = regions,
            Buyer = query.Buyer,
            Sort = OpportunitySort.Newest,
        };
        var ocids = await search.MatchingOcidsAsync(opportunities, MaxProcesses + 1, cancellationToken);
        if (ocids.Count > MaxProcesses)
            return Refused(query.Keywords is not null ? "q" : query.Cpv is not null ? "cpv" : query.Region is not null ? "region" : "buyer",
                $"This search matches more than {MaxProcesses:N0} procurements. Add another filter, or download the monthly bulk files.");
        return new SearchMatches(ocids.Distinct().ToList(), null);
    }

    private static SearchMatches Refused(string parameter, string message) => new(null, new ParameterProblem(parameter, message));

    private static IEnumerable<string> Split(string? list) =>
        list?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
