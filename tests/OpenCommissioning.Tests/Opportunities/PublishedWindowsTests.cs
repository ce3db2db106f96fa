using CsCheck;
using OpenCommissioning.Opportunities;

namespace OpenCommissioning.Tests.Opportunities;

/// <summary>The spans of dates a ranked search walks back through (docs/decisions/0007): every day in exactly one.</summary>
public sealed class PublishedWindowsTests
{
    [Fact]
    public void Before_AnyNewestDay_CoversEveryDayOnceNewestFirst()
    {
        Gen.Int[0, 3000].Sample(offset =>
        {
            var newest = new DateOnly(2020, 1, 1).AddDays(offset);

            var spans = PublishedWindows.Before(newest).ToList();

            Assert.Null(spans[0].To);
            Assert.Null(spans[^1].From);
            Assert.Equal(newest.AddDays(-6), spans[0].From);
            Assert.Equal(newest.AddDays(-91), spans[PublishedWindows.Guide].From);
            for (var i = 1; i < spans.Count; i++) Assert.Equal(spans[i - 1].From!.Value.AddDays(-1), spans[i].To);
            Assert.All(spans.Where(s => s is { From: not null, To: not null }), s => Assert.True(s.From <= s.To));
        });
    }

    [Fact]
    public void Widened_AfterAnyReadSpan_JoinsTheNextTwoAndStillCoversEveryDayOnce()
    {
        Gen.Select(Gen.Int[0, 3000], Gen.Int[0, 5]).Sample((offset, read) =>
        {
            var newest = new DateOnly(2020, 1, 1).AddDays(offset);
            var spans = PublishedWindows.Before(newest).ToList();

            var widened = PublishedWindows.Widened(spans, read);

            Assert.Equal(spans[..(read + 1)], widened[..(read + 1)]);
            Assert.Null(widened[^1].From);
            for (var i = 1; i < widened.Count; i++) Assert.Equal(widened[i - 1].From!.Value.AddDays(-1), widened[i].To);
            if (read + 2 < spans.Count - 1)
            {
                Assert.Equal(spans.Count - 1, widened.Count);
                Assert.Equal((spans[read + 2].From, spans[read + 1].To), widened[read + 1]);
            }
            else Assert.Equal(spans, widened);
        });
    }

    [Fact]
    public void Within_NarrowsTheQuerysOwnDatesAndSaysWhenTheyDoNotMeet()
    {
        var query = new OpportunityQuery { Keywords = "care", PublishedFrom = new DateOnly(2026, 3, 1) };

        var inside = PublishedWindows.Within(query, (new DateOnly(2026, 2, 1), new DateOnly(2026, 4, 30)));
        var before = PublishedWindows.Within(query, (null, new DateOnly(2026, 2, 28)));

        Assert.Equal(new DateOnly(2026, 3, 1), inside!.PublishedFrom);
        Assert.Equal(new DateOnly(2026, 4, 30), inside.PublishedTo);
        Assert.Equal("care", inside.Keywords);
        Assert.Null(before);
    }

    [Fact]
    public void FallsShort_SaysWhetherTheNextSpansAtTheSameRateWouldFindEnough()
    {
        var searched = new OpportunityQuery { PublishedFrom = new DateOnly(2026, 8, 1), PublishedTo = new DateOnly(2026, 8, 10) };
        (DateOnly? From, DateOnly? To)[] next = [(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31)), (null, new DateOnly(2026, 6, 30))];

        Assert.True(PublishedWindows.FallsShort(matched: 10, searched, found: 15, wanted: 50, next));
        Assert.False(PublishedWindows.FallsShort(matched: 10, searched, found: 15, wanted: 46, next));
        Assert.False(PublishedWindows.FallsShort(matched: 10, searched with { PublishedFrom = null }, found: 0, wanted: 1000, next));
    }
}
