namespace OpenCommissioning.Opportunities.Upkeep;

/// <summary>
/// When the search table counts as out of publication order (<c>Search:TableOrder</c>; docs/decisions/0007 says why
/// the order matters on PostgreSQL).
/// </summary>
public sealed class PublicationOrderOptions
{
    public const string Section = "Search:TableOrder";

    /// <summary>
    /// The lowest correlation, in absolute value, between where a row lies and when it was published, that still
    /// counts as in order. A table filled over time reads near 1 and a shuffled one near 0. Below 0.5 roughly half of
    /// the rows lie away from their month, so a month's matches are spread across the table and each span of the walk
    /// back reads pages it does not need; PostgreSQL's own planner, which weighs index reads by the square of this
    /// figure, then treats them as three-quarters random.
    /// </summary>
    public double MinimumCorrelation { get; set; } = 0.5;

    /// <summary>Below this many notices the table fits in memory, and its order costs nothing worth a warning.</summary>
    public long MinimumRows { get; set; } = 10_000;

    /// <summary>How often a running service looks again, so that a large import is noticed once PostgreSQL has analysed it.</summary>
    public TimeSpan LookEvery { get; set; } = TimeSpan.FromHours(1);
}
