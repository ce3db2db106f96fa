using OpenCommissioning.Notices;
using OpenCommissioning.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>
/// The buyer's own shortest tender period, where it has set one, decides when a tender notice needs a reason:
/// when drafting and again when publishing. The dates are in winter, so UK time is UTC.
/// </summary>
public sealed class BuyerMinimumRulesTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly TenderValidation Validation = new(new NoticeOptions());

    private static Organisation Buyer(int? open = null, int? belowThreshold = null)
    {
        var buyer = new Organisation(Guid.NewGuid(), "Leeds City Council", OrganisationKind.Buyer, LegalForm.PublicBody, Now);
        buyer.SetMinimumTenderDays(open, belowThreshold);
        return buyer;
    }

    /// <summary>A tender form whose bids close at 5pm this many days after <see cref="Now"/>'s date (the period is that many days and 8 hours).</summary>
    private static TenderInput Form(int days, string procedure = "Open")
    {
        var deadline = Now.AddDays(days);
        return new TenderInput
        {
            NoticeType = "Tender", Title = "Outreach", Description = "Support", CpvCodes = "85310000", Regions = ["UKE"], ValueKind = "unknown",
            Procedure = procedure, Deadline = new() { Day = deadline.Day.ToString(), Month = deadline.Month.ToString(), Year = deadline.Year.ToString() },
            DeadlineTime = "5pm", ContactName = "Team", ContactEmail = "team@example.gov.uk",
        }.WithLotRows();
    }

    private static string? ReasonError(TenderInput form, Organisation buyer) =>
        Validation.Check(form, Now, buyer).Errors.SingleOrDefault(e => e.Field == "Input.ShortPeriodReason")?.Message;

    [Fact]
    public void Check_WhenBuyersOpenMinimumIs30_A28DayPeriodNeedsAReasonThatNamesTheBuyersFigure()
    {
        var error = ReasonError(Form(28), Buyer(open: 30));

        Assert.Equal("The tender period is shorter than your organisation's minimum of 30 days for the open procedure. " +
            "Give the reason it must be shorter, or choose a later deadline", error);
    }

    [Fact]
    public void Check_WhenBuyersOpenMinimumIs10_An11DayPeriodNeedsNoReason()
    {
        var (details, errors) = Validation.Check(Form(11), Now, Buyer(open: 10));

        Assert.Empty(errors);
        Assert.Null(details!.ShortPeriodReason);
    }

    [Theory]
    [InlineData(24, true)]
    [InlineData(25, false)]
    public void Check_WhenBuyerHasNoFigureOfItsOwn_UsesTheServiceDefault(int days, bool needsReason)
    {
        var error = ReasonError(Form(days), Buyer());

        Assert.Equal(needsReason ? "The tender period is shorter than the minimum of 25 days for the open procedure. " +
            "Give the reason it must be shorter, or choose a later deadline" : null, error);
    }

    [Theory]
    [InlineData("BelowThreshold", 14, true)]
    [InlineData("BelowThreshold", 16, false)]
    [InlineData("Restricted", 28, true)]
    [InlineData("Restricted", 31, false)]
    public void Check_OtherProcedures_UseTheBuyersFigureForThem(string procedure, int days, bool needsReason)
    {
        var buyer = Buyer(open: 30, belowThreshold: 15);

        Assert.Equal(needsReason, ReasonError(Form(days, procedure), buyer) is not null);
    }

    [Fact]
    public void Check_WhenOnlyTheOpenFigureIsTheBuyers_BelowThresholdKeepsTheDefault()
    {
        var error = ReasonError(Form(8, "BelowThreshold"), Buyer(open: 30));

        Assert.Equal("The tender period is shorter than the minimum of 10 days for below-threshold procurements. " +
            "Give the reason it must be shorter, or choose a later deadline", error);
    }

    [Fact]
    public void Check_WhenBuyersMinimumIsOneDay_SaysDayNotDays()
    {
        var error = ReasonError(Form(0), Buyer(open: 1));

        Assert.StartsWith("The tender period is shorter than your organisation's minimum of 1 day for the open procedure.", error);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(30, true)]
    public void PublishDateCheck_UsesTheBuyersFigureAsItIsAtPublication(int? open, bool refused)
    {
        var notice = new Notice
        {
            Type = NoticeType.Tender,
            Details = new NoticeDetails { Procedure = Procedure.Open, Deadline = Now.AddDays(28) },
        };

        var result = PublishDateCheck.Check(notice, Now, new NoticeOptions(), Buyer(open));

        Assert.Equal(refused ? "The tender period is shorter than your organisation's minimum of 30 days for the open procedure. " +
            "Give the reason it must be shorter, or choose a later deadline" : null, result?.Message);
    }

    [Fact]
    public void PublishDateCheck_WhenTheNoticeGivesAReason_PublishesBelowTheBuyersFigure()
    {
        var notice = new Notice
        {
            Type = NoticeType.Tender,
            Details = new NoticeDetails { Procedure = Procedure.Open, Deadline = Now.AddDays(28), ShortPeriodReason = "The current provider is closing" },
        };

        Assert.Null(PublishDateCheck.Check(notice, Now, new NoticeOptions(), Buyer(open: 30)));
    }
}
