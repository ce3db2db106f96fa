namespace OpenCommissioning.OpenData.Api;

/// <summary>The contracting processes a search matched, or the parameter the search could not use.</summary>
public sealed record SearchMatches(IReadOnlyCollection<string>? Ocids, ParameterProblem? Problem);

/// <summary>
/// The keyword, CPV, region and buyer filters, answered by the finding capability's search. Until that search is
/// available they are refused with a plain reason rather than silently ignored.
/// </summary>
public sealed class ReleaseSearchFilter
{
    public Task<SearchMatches> MatchingOcidsAsync(ReleaseQuery query, CancellationToken cancellationToken)
    {
        var parameter = query.Keywords is not null ? "q" : query.Cpv is not null ? "cpv" : query.Region is not null ? "region" : "buyer";
        return Task.FromResult(new SearchMatches(null, new ParameterProblem(parameter, $"The {parameter} filter is not yet supported by this service.")));
    }
}
