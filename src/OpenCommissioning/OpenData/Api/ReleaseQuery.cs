namespace OpenCommissioning.OpenData.Api;

/// <summary>
/// What a client asked the releases endpoint for, once every parameter has been checked. Dates compare with the
/// release's own <c>date</c>; <see cref="After"/> is the <see cref="StoredRelease.Sequence"/> the cursor carries.
/// </summary>
public sealed record ReleaseQuery
{
    public const int MaxLimit = 100;

    public DateTimeOffset? PublishedFrom { get; init; }
    public DateTimeOffset? PublishedTo { get; init; }
    public IReadOnlyList<string> Stages { get; init; } = [];
    public int Limit { get; init; } = MaxLimit;
    public long After { get; init; }
    public string? Keywords { get; init; }
    public string? Cpv { get; init; }
    public string? Region { get; init; }
    public string? Buyer { get; init; }

    /// <summary>True when a filter needs the search index rather than the release store alone.</summary>
    public bool NeedsSearch => Keywords is not null || Cpv is not null || Region is not null || Buyer is not null;
}

/// <summary>One parameter that was wrong, and what is wrong with it, in words a client's developer can act on.</summary>
public sealed record ParameterProblem(string Parameter, string Message);
