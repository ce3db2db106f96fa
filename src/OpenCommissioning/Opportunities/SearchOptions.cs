namespace OpenCommissioning.Opportunities;

/// <summary>Settings of the search ("Search" in configuration).</summary>
public sealed class SearchOptions
{
    /// <summary>
    /// Matches are counted up to this many; past it the page says "more than" and pages only this far, because an
    /// exact count of hundreds of thousands of matches costs a read of each of them (docs/decisions/0006).
    /// </summary>
    public int CountLimit { get; set; } = 10_000;
}
