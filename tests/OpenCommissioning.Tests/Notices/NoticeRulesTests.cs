using OpenCommissioning.Platform.Layout;
using CsCheck;
using OpenCommissioning.Notices;
using OpenCommissioning.Ocds.Validation;
using OpenCommissioning.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>The notice rules without the web: UK time, the form's round trip, and releases for every shape of notice.</summary>
public sealed class NoticeRulesTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TenderValidation Validation = new(new NoticeOptions());
    private static readonly Organisation Buyer = new(Guid.NewGuid(), "Leeds City Council", OrganisationKind.Buyer, LegalForm.PublicBody, Now);

    private static TenderInput Form(string day = "5", string month = "7", string year = "2027", string time = "5pm") => new TenderInput
    {
        NoticeType = "Tender", Title = "Outreach", Description = "Support", CpvCodes = "85310000", Regions = ["UKE"], ValueKind = "unknown", Procedure = "Open",
        Deadline = new() { Day = day, Month = month, Year = year }, DeadlineTime = time, ContactName = "Team", ContactEmail = "team@example.gov.uk",
    }.WithLotRows();

    [Fact]
    public void Check_WhenDeadlineTypedInSummerTime_StoresItAsUtcAnHourEarlier()
    {
        var (details, errors) = Validation.Check(Form(), Now, Buyer);

        Assert.Empty(errors);
        Assert.Equal(new DateTimeOffset(2027, 7, 5, 16, 0, 0, TimeSpan.Zero), details!.Deadline);
    }

    [Fact]
    public void Check_WhenTimeSkippedByTheClocksGoingForward_SaysSo()
    {
        var (_, errors) = Validation.Check(Form(day: "28", month: "3", time: "1:30am"), Now, Buyer);

        Assert.Equal("That time does not exist on that day in the UK (the clocks go forward). Choose another time", Assert.Single(errors).Message);
    }

    [Theory]
    [InlineData("17:00", 17, 0)]
    [InlineData("5pm", 17, 0)]
    [InlineData("5:30 pm", 17, 30)]
    [InlineData("9am", 9, 0)]
    [InlineData("midday", 12, 0)]
    public void ReadTime_ReadsTheWaysPeopleWriteTimes(string typed, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), DeadlineValidation.ReadTime(typed));

    [Theory]
    [InlineData(2027, 7, 5, 16, 0, "5 July 2027 at 5pm")]
    [InlineData(2027, 1, 5, 12, 0, "5 January 2027 at midday")]
    [InlineData(2027, 1, 5, 9, 5, "5 January 2027 at 9:05am")]
    public void Deadline_FormatsInUkTime(int year, int month, int day, int hour, int minute, string expected) =>
        Assert.Equal(expected, UkTime.Format(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero)));

    [Fact]
    public void FormRoundTrip_WhatWasSavedIsWhatTheChangeFormShowsBack() =>
        Gen.Select(Gen.Int[26, 400], Gen.Decimal[1m, 9_999_999m], Gen.Bool, Gen.Bool).Sample((days, amount, sme, vcse) =>
        {
            var deadline = Now.AddDays(days);
            var form = With(Form(deadline.Day.ToString(), deadline.Month.ToString(), deadline.Year.ToString(), "10:15"), decimal.Round(amount, 2), sme, vcse);
            var (saved, errors) = Validation.Check(form, Now, Buyer);
            Assert.Empty(errors);
            var (again, _) = Validation.Check(TenderInput.From(saved!), Now, Buyer);
            Assert.Equivalent(saved, again, strict: true);
        });

    [Fact]
    public void Build_WhenEveryOptionalPartIsUsed_TheReleaseValidates()
    {
        var buyer = new Organisation(Guid.NewGuid(), "Leeds City Council", OrganisationKind.Buyer, LegalForm.PublicBody, Now);
        var procurement = new Procurement { Ocid = "ocds-oc0001-test", ParentOcid = "ocds-oc0001-parent", OrganisationId = buyer.Id };
        var details = new NoticeDetails
        {
            Title = "Outreach", Description = "Support\n\nMore", CpvCodes = ["85310000", "85311000"], Nationwide = true, RegionCodes = ["UKE"],
            Postcodes = ["LS1 4AP"], Value = new(null, 1000m, 5000m), ContractStart = new DateOnly(2027, 4, 1), Procedure = Procedure.Restricted,
            Lots = [new("Lot", "", null, true, false)], Deadline = Now.AddDays(3), ShortPeriodReason = "Urgent",
            Contact = new("Team", "team@example.gov.uk", "0113 496 0000"),
        };
        var notice = new Notice { Type = NoticeType.SubContractOpportunity, AmendsNoticeId = Guid.NewGuid(), AmendmentRationale = "Changed", Details = details };

        var release = NoticeRelease.Build(buyer, procurement, notice, Now);

        Assert.DoesNotContain(new OcdsValidator().ValidateRelease(release, NoticeRelease.Extensions), f => f.Severity == Severity.Error);
        Assert.Equal("tenderAmendment", (string)release["tag"]![0]!);
        Assert.Equal("ocds-oc0001-parent", (string)release["relatedProcesses"]![0]!["identifier"]!);
        Assert.Equal(1000m, (decimal)release["tender"]!["minValue"]!["amount"]!);
        Assert.Equal("Shorter tender period: Urgent", (string)release["tender"]!["procurementMethodRationale"]!);
    }

    private static TenderInput With(TenderInput form, decimal amount, bool sme, bool vcse)
    {
        form.ValueKind = "amount";
        form.Amount = amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        form.Suitability = [.. sme ? ["sme"] : Array.Empty<string>(), .. vcse ? ["vcse"] : Array.Empty<string>()];
        return form;
    }
}
