using OpenCommissioning.Opportunities.Upkeep;

namespace OpenCommissioning.Tests.Opportunities.Upkeep;

public class PublicationOrderReadingTests
{
    private static readonly PublicationOrderOptions Options = new() { MinimumCorrelation = 0.5, MinimumRows = 10_000 };

    [Theory]
    [InlineData(0.98, 50_000, PublicationOrderState.InOrder)]
    [InlineData(-0.98, 50_000, PublicationOrderState.InOrder)]
    [InlineData(0.5, 50_000, PublicationOrderState.InOrder)]
    [InlineData(0.49, 50_000, PublicationOrderState.OutOfOrder)]
    [InlineData(-0.2, 50_000, PublicationOrderState.OutOfOrder)]
    [InlineData(0.0, 9_999, PublicationOrderState.Small)]
    [InlineData(0.0, 10_000, PublicationOrderState.OutOfOrder)]
    public void Judge_ComparesTheSizeOfTheCorrelationOverEnoughRows(double correlation, long rows, PublicationOrderState expected)
    {
        var state = new PublicationOrderReading(correlation, rows).Judge(Options);

        Assert.Equal(expected, state);
    }

    [Theory]
    [InlineData(null, 50_000L)]
    [InlineData(0.1, -1L)] // reltuples before the first vacuum or analyse
    public void Judge_WhenNeverAnalysed_IsUnknownNotOutOfOrder(double? correlation, long rows)
    {
        var state = new PublicationOrderReading(correlation, rows).Judge(Options);

        Assert.Equal(PublicationOrderState.Unknown, state);
    }

    [Fact]
    public void Describe_GivesTheCorrelationAndTheRows()
    {
        var text = new PublicationOrderReading(0.123, 12_345).Describe();

        Assert.Equal("correlation 0.12 between the rows' places and their publication dates, over about 12,345 notices", text);
    }
}
