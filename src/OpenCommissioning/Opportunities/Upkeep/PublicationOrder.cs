using System.Globalization;

namespace OpenCommissioning.Opportunities.Upkeep;

/// <summary>Whether the search table lies in publication order, as far as PostgreSQL's statistics can say.</summary>
public enum PublicationOrderState
{
    /// <summary>The embedded mode: SQLite's search does not depend on the order of the table.</summary>
    NotApplicable,
    /// <summary>PostgreSQL has not analysed the table yet (or it does not exist), so nothing is known.</summary>
    Unknown,
    /// <summary>Too few notices for their order to matter.</summary>
    Small,
    InOrder,
    OutOfOrder,
}

/// <summary>
/// PostgreSQL's statistics for <c>opportunities.published_at</c>: the correlation between the rows' places in the table
/// and their publication dates (1 in order, -1 in reverse, near 0 shuffled), and the table's estimated size. Both
/// come from the last ANALYZE, so they lag the table until autovacuum or an operator analyses it again.
/// </summary>
public sealed record PublicationOrderReading(double? Correlation, long Rows)
{
    /// <summary>
    /// Reverse order counts as in order: a month's notices are still neighbours, which is what the walk back through
    /// dates needs, so only the size of the correlation matters.
    /// </summary>
    public PublicationOrderState Judge(PublicationOrderOptions options) =>
        Correlation is not { } correlation || Rows < 0 ? PublicationOrderState.Unknown
        : Rows < options.MinimumRows ? PublicationOrderState.Small
        : Math.Abs(correlation) < options.MinimumCorrelation ? PublicationOrderState.OutOfOrder
        : PublicationOrderState.InOrder;

    public string Describe() => Correlation is { } correlation
        ? string.Create(CultureInfo.InvariantCulture, $"correlation {correlation:0.00} between the rows' places and their publication dates, over about {Rows:N0} notices")
        : "not analysed yet";
}
