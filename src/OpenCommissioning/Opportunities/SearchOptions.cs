namespace OpenCommissioning.Opportunities;

/// <summary>Settings of the search ("Search" in configuration).</summary>
public sealed class SearchOptions
{
    /// <summary>
    /// Matches are counted up to this many; past it the page says "more than" and pages only this far, because an
    /// exact count of hundreds of thousands of matches costs a read of each of them (docs/decisions/0006). A search
    /// by relevance then ranks the most recently published this many (docs/decisions/0007): at 1,000,000 notices,
    /// finding and ranking 1,000 takes a few milliseconds where 10,000 took more than the 100 ms a search has.
    /// </summary>
    public int CountLimit { get; set; } = 1_000;
}
