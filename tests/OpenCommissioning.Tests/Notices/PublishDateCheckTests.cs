using OpenCommissioning.Notices;
using OpenCommissioning.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>The publish-time date checks against a clock moved to either side of the moment a date passes.</summary>
public sealed class PublishDateCheckTests
{
    private static readonly NoticeOptions Options = new();
    private static readonly Organisation Buyer = new(Guid.NewGuid(), "Leeds City Council", OrganisationKind.Buyer, LegalForm.PublicBody, DateTimeOffset.UnixEpoch);

    private static Notice Pipeline(DateOnly approach) =>
        new() { Type = NoticeType.Pipeline, Details = new NoticeDetails { ApproachToMarket = approach } };

    private static Notice Tender(DateTimeOffset deadline) =>
        new() { Type = NoticeType.Tender, Details = new NoticeDetails { Deadline = deadline, ShortPeriodReason = "Urgent" } };

    [Theory]
    // 1 July is in British Summer Time: the UK day begins at 23:00 UTC the evening before.
    [InlineData("2026-06-30T23:30:00Z", false)]
    [InlineData("2026-07-01T22:59:00Z", false)]
    [InlineData("2026-07-01T23:00:00Z", true)]
    public void Check_ApproachToMarket_PassesWhenTheUkDayAfterItBegins(string now, bool refused)
    {
        var result = PublishDateCheck.Check(Pipeline(new DateOnly(2026, 7, 1)), DateTimeOffset.Parse(now), Options, Buyer);

        Assert.Equal(refused, result is not null);
        if (result is { } r)
        {
            Assert.Equal("The approach to market date, 1 July 2026, has passed. Change it to today or a later date before you publish", r.Message);
            Assert.Equal(PublishDateCheck.ApproachToMarketField, r.Field);
        }
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void Check_Deadline_PassesAtTheDeadlineItself(int minutesAfter, bool refused)
    {
        var deadline = new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero);

        var result = PublishDateCheck.Check(Tender(deadline), deadline.AddMinutes(minutesAfter), Options, Buyer);

        Assert.Equal(refused, result is not null);
        if (result is { } r)
        {
            Assert.Equal("The deadline for bids, 1 December 2026 at 5pm, has passed. Change it to a later date before you publish", r.Message);
            Assert.Equal(PublishDateCheck.DeadlineField, r.Field);
        }
    }

    [Fact]
    public void Check_AwardWithAPassedDeadline_IsNotRefused()
    {
        var award = new Notice { Type = NoticeType.Award, Details = new NoticeDetails { Deadline = DateTimeOffset.UnixEpoch } };

        Assert.Null(PublishDateCheck.Check(award, DateTimeOffset.UtcNow, Options, Buyer));
    }
}
