using OpenCommissioning.Opportunities;

namespace OpenCommissioning.Tests.Opportunities;

/// <summary>Date filters as month lexemes (docs/decisions/0007): which months a filter spans, and when it spans too many.</summary>
public sealed class MonthLexemesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static string? Published(DateOnly? from, DateOnly? to, DateTimeOffset? latest) =>
        FilterLexemes.For(new OpportunityQuery { PublishedFrom = from, PublishedTo = to }, new DateBounds(Now, latest, null));

    [Fact]
    public void For_PublishedFromADayInBritishSummerTime_StartsAtTheMonthThatDayBeginsInUtc()
    {
        // 1 October 2026 begins at 23:00 on 30 September in UTC, so September's notices may be on that UK day.
        var lexemes = Published(new DateOnly(2026, 10, 1), null, Now);

        Assert.Equal("('p:202609' | 'p:202610' | 'p:202611') & !'dup'", lexemes);
    }

    [Fact]
    public void For_PublishedToADay_EndsAtThatDaysMonthUnlessTheNewestNoticeIsSooner()
    {
        Assert.Equal("('p:202601') & !'dup'", Published(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), Now));
        Assert.Equal("('p:202608') & !'dup'", Published(new DateOnly(2026, 8, 10), new DateOnly(2026, 12, 31), new DateTimeOffset(2026, 8, 20, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void For_MoreThanAYearOfMonthsOrNoStartOrNoNotices_LeavesTheDatesToTheTable()
    {
        Assert.Null(Published(new DateOnly(2025, 6, 1), null, Now));
        Assert.Null(Published(null, new DateOnly(2026, 6, 1), Now));
        Assert.Null(Published(new DateOnly(2026, 6, 1), null, null));
        Assert.Null(FilterLexemes.For(new OpportunityQuery { PublishedFrom = new DateOnly(2026, 6, 1) }));
    }

    [Fact]
    public void For_OpenAlone_SpansFromNowToTheLatestClosingDate()
    {
        var bounds = new DateBounds(Now, null, new DateTimeOffset(2027, 1, 15, 12, 0, 0, TimeSpan.Zero));

        var open = FilterLexemes.For(new OpportunityQuery { Statuses = [OpportunityStatus.Open] }, bounds);
        var openOrClosed = FilterLexemes.For(new OpportunityQuery { Statuses = [OpportunityStatus.Open, OpportunityStatus.Closed] }, bounds);

        Assert.Equal("('x:202611' | 'x:202612' | 'x:202701') & !'dup'", open);
        Assert.Null(openOrClosed);
    }

    [Fact]
    public void For_ClosingBetweenTwoDays_UsesTheClosingMonthsWithTheOtherFilters()
    {
        var query = new OpportunityQuery { ClosingFrom = new DateOnly(2027, 2, 10), ClosingTo = new DateOnly(2027, 3, 5), SuitableForSme = true };

        var lexemes = FilterLexemes.For(query, new DateBounds(Now, null, new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal("'sme' & ('x:202702' | 'x:202703') & !'dup'", lexemes);
    }
}
