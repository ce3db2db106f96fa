using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Tests.Platform;

public class UkTimeTests
{
    [Theory]
    [InlineData("2026-11-23T21:34:00Z", "23 November 2026 at 9:34pm")]
    [InlineData("2026-11-23T09:00:00Z", "23 November 2026 at 9am")]
    [InlineData("2026-07-01T11:00:00Z", "1 July 2026 at midday")]
    [InlineData("2026-07-01T23:30:00Z", "2 July 2026 at 12:30am")]
    public void Format_ShowsUkTimeInTheGovUkStyle(string utc, string expected) =>
        Assert.Equal(expected, UkTime.Format(DateTimeOffset.Parse(utc)));

    [Fact]
    public void StartOfDay_InSummer_IsElevenPmUtcTheDayBefore() =>
        Assert.Equal(DateTimeOffset.Parse("2026-06-30T23:00:00Z"), UkTime.StartOfDay(new DateOnly(2026, 7, 1)));
}
