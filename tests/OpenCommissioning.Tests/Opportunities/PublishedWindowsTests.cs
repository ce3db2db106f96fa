using CsCheck;
using OpenCommissioning.Opportunities;

namespace OpenCommissioning.Tests.Opportunities;

/// <summary>The spans of dates a ranked search walks back through (docs/decisions/0007): every day in exactly one.</summary>
public sealed class PublishedWindowsTests
{
    [Fact]
    public void Before_AnyNewestAndOldest_CoversEveryDayOnceNewestFirstInSpansOfAtMostAYear()
    {
        var start = new DateOnly(2020, 1, 1);
        Gen.Select(Gen.Int[0, 3000], Gen.Int[0, 3000]).Sample((a, b) =>
        {
            var (oldest, newest) = (start.AddDays(Math.Min(a, b)), start.AddDays(Math.Max(a, b)));

            var spans = PublishedWindows.Before(newest, oldest).ToList();

            Assert.Null(spans[0].To);
            Assert.Null(spans[^1].From);
            Assert.True(spans[0].From is null || spans[0].From <= newest);
            for (var i = 1; i < spans.Count; i++) Assert.Equal(spans[i - 1].From!.Value.AddDays(-1), spans[i].To);
            Assert.All(spans.Where(s => s is { From: not null, To: not null }), s => Assert.InRange(s.To!.Value.DayNumber - s.From!.Value.DayNumber, 0, 365));
            Assert.True(spans.Count == 1 || spans[^2].From > oldest);
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
}
