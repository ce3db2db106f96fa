using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.OpenData.Api;

/// <summary>
/// The contracting processes a search matches, as a query the page's own query joins (never a list read into
/// memory, so a filter of any breadth pages), or the parameter the search could not use.
/// </summary>
public sealed record SearchMatches(IQueryable<Opportunity>? Processes, ParameterProblem? Problem);

/// <summary>
/// The keyword, CPV, region and buyer filters, built from the finding capability's own filters so that the API and
/// the search page agree on what matches: a CPV code includes the codes beneath it, a region its sub-regions.
/// </summary>
public sealed class ReleaseSearchFilter(OpportunitySearch search)
{
    public SearchMatches Matching(ReleaseQuery query)
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
        var filters = new OpportunityQuery { Keywords = query.Keywords, CpvCodes = cpvCodes, Regions = regions, Buyer = query.Buyer };
        return new SearchMatches(search.FilteredWithKeywords(filters), null);
    }

    private static SearchMatches Refused(string parameter, string message) => new(null, new ParameterProblem(parameter, message));

    private static IEnumerable<string> Split(string? list) =>
        list?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
