using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Answers just over each limit, and dates on the wrong side of today, on the Notices forms: each has its own message and stores nothing.</summary>
public sealed class FieldLimitTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Theory]
    [InlineData("Input.Description", 10_001, "Input_Description", "Description must be 10,000 characters or fewer")]
    [InlineData("Input.Lots[0].Title", 301, "Input_Lots_0__Title", "Lot 1 title must be 300 characters or fewer")]
    [InlineData("Input.Lots[0].Description", 10_001, "Input_Lots_0__Description", "Lot 1 description must be 10,000 characters or fewer")]
    [InlineData("Input.ContactName", 201, "Input_ContactName", "Contact name must be 200 characters or fewer")]
    [InlineData("Input.ShortPeriodReason", 1_001, "Input_ShortPeriodReason", "Reason must be 1,000 characters or fewer")]
    [InlineData("Input.ParentOcid", 101, "Input_ParentOcid", "Parent contract ocid must be 100 characters or fewer")]
    public async Task Draft_WhenFieldOverItsLimit_ShowsTheLimitAndStoresNothing(string field, int length, string fieldId, string message)
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, NoticeArrange.ValidTender().With(field, new string('a', length)));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(message, result.FieldError(fieldId));
        Assert.Contains(message, result.ErrorSummary);
        Assert.Equal(0, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }

    [Fact]
    public async Task Draft_WhenPipelineApproachToMarketHasPassed_SaysItMustBeTodayOrLaterAndStoresNothing()
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));
        var yesterday = DateTime.UtcNow.AddDays(-2);
        var form = NoticeArrange.ValidTender().With("Input.NoticeType", "Pipeline").With("Input.ApproachToMarket.Day", yesterday.Day.ToString())
            .With("Input.ApproachToMarket.Month", yesterday.Month.ToString()).With("Input.ApproachToMarket.Year", yesterday.Year.ToString());

        var result = await page.SubmitAsync(buyer.Browser, form);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Approach to market date must be today or in the future", result.FieldError("Input_ApproachToMarket"));
        Assert.Equal(0, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }

    [Fact]
    public async Task Amend_WhenReasonOver2000Characters_ShowsTheLimitAndDraftsNothing()
    {
        var (buyer, id) = await PublishedAsync();
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, id));

        var result = await form.SubmitAsync(buyer.Browser, new Dictionary<string, string> { ["Rationale"] = new('a', 2_001) });

        Assert.Equal("Reason must be 2,000 characters or fewer", result.FieldError("Rationale"));
        Assert.Equal(1, await service.ProcurementNoticesAsync(id));
    }

    [Fact]
    public async Task Cancel_WhenReasonOver2000Characters_ShowsTheLimitAndDraftsNothing()
    {
        var (buyer, id) = await PublishedAsync();
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Cancel(buyer.Organisation.Id, id));

        var result = await form.SubmitAsync(buyer.Browser, new Dictionary<string, string> { ["Reason"] = new('a', 2_001) });

        Assert.Equal("Reason must be 2,000 characters or fewer", result.FieldError("Reason"));
        Assert.Equal(1, await service.ProcurementNoticesAsync(id));
    }

    [Theory]
    [InlineData("SupplierName", "161", "SupplierName", "Name must be 160 characters or fewer")]
    [InlineData("AwardDate.Year", "next", "AwardDate", "Award date must be today or in the past")]
    [InlineData("AwardDate.Year", "0001", "AwardDate", "Award date must be between 1 January 2000 and 31 December 2099")]
    public async Task Award_WhenAnswerWrong_ShowsItsMessageAndDraftsNothing(string field, string value, string fieldId, string message)
    {
        var (buyer, id) = await PublishedAsync();
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Award(buyer.Organisation.Id, id));
        var answers = new Dictionary<string, string>
        {
            ["SupplierName"] = "Leeds Women's Aid", ["Value"] = "240000",
            ["AwardDate.Day"] = "1", ["AwardDate.Month"] = "3", ["AwardDate.Year"] = NoticeArrange.LastYear,
        };
        answers[field] = value switch
        {
            "161" => new string('a', 161),
            "next" => (DateTime.UtcNow.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };

        var result = await form.SubmitAsync(buyer.Browser, answers);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(message, result.FieldError(fieldId));
        Assert.Contains(message, result.ErrorSummary);
        Assert.Equal(1, await service.ProcurementNoticesAsync(id));
    }

    [Fact]
    public async Task Upload_WhenTitleOver200Characters_ShowsTheLimitAndStoresNoDocument()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();

        var result = await buyer.UploadAsync(id, "specification.pdf", DocumentArrange.Pdf, title: new string('a', 201));

        Assert.Equal("Title must be 200 characters or fewer", result.FieldError("DocumentTitle"));
        Assert.Equal("no-documents", result.Document.QuerySelector("#no-documents")?.Id);
    }

    private async Task<(SignedInMember Buyer, Guid NoticeId)> PublishedAsync()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        return (buyer, id);
    }
}
