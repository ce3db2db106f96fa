using System.Globalization;
using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Ocds.Validation;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>The contract notice: the signed contract's details, published after an award and linked to it.</summary>
public sealed class ContractNoticeTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private static readonly string LastYear = (DateTime.UtcNow.Year - 1).ToString(CultureInfo.InvariantCulture);
    private static readonly string NextYear = (DateTime.UtcNow.Year + 1).ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> ValidContract() => new()
    {
        ["Value"] = "235000",
        ["StartDate.Day"] = "1", ["StartDate.Month"] = "4", ["StartDate.Year"] = NextYear,
        ["EndDate.Day"] = "31", ["EndDate.Month"] = "3", ["EndDate.Year"] = (DateTime.UtcNow.Year + 4).ToString(CultureInfo.InvariantCulture),
        ["DateSigned.Day"] = "15", ["DateSigned.Month"] = "3", ["DateSigned.Year"] = LastYear,
    };

    [Fact]
    public async Task Contract_AfterAward_PublishesAValidContractReleaseLinkedToTheAward()
    {
        var buyer = await service.BuyerAsync();
        var awardId = await AwardedAsync(buyer);
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Contract(buyer.Organisation.Id, awardId));

        var drafted = await form.SubmitAsync(buyer.Browser, ValidContract());
        var contractId = Guid.Parse(drafted.Location!.Split('/')[^2]);
        var published = await buyer.PublishAsync(contractId);

        Assert.Equal(NoticeLinks.Notice(buyer.Organisation.Id, contractId), published.Location);
        var contract = await service.NoticeAsync(contractId);
        var release = (await service.ReleasesAsync()).Single(r => r.ReleaseId == contract.ReleaseId).Json();
        Assert.DoesNotContain(new OcdsValidator().ValidateRelease(release, NoticeRelease.Extensions), f => f.Severity == Severity.Error);
        Assert.Equal(["contract"], release["tag"]!.AsArray().Select(t => (string)t!));
        var node = Assert.Single(release["contracts"]!.AsArray())!;
        Assert.Equal(awardId.ToString("N"), (string)node["awardID"]!);
        Assert.Equal(235000m, (decimal)node["value"]!["amount"]!);
        Assert.Equal($"{NextYear}-04-01T00:00:00Z", (string)node["period"]!["startDate"]!);
        Assert.Equal($"{LastYear}-03-15T00:00:00Z", (string)node["dateSigned"]!);
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Notice(buyer.Organisation.Id, contractId));
        Assert.Contains("Contract notice", page.Document.GetElementById("history")!.TextContent);
        Assert.Contains("Leeds Women's Aid", page.Document.GetElementById("contract")!.TextContent);
        Assert.Contains("£235,000", page.Document.GetElementById("contract")!.TextContent);
    }

    [Fact]
    public async Task Contract_BeforeAnAward_IsRefusedWithABadRequestAndItsReason()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        var token = (await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Cancel(buyer.Organisation.Id, id)))
            .Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Contract(buyer.Organisation.Id, id));
        var post = await buyer.Browser.PostAsync(NoticeLinks.Contract(buyer.Organisation.Id, id),
            new FormUrlEncodedContent(ValidContract().With("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(["You can publish the contract details only after the award notice is published"], page.ErrorSummary);
        Assert.Null(page.Document.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        var ocid = await service.OcidAsync(id);
        Assert.DoesNotContain(await service.ReleasesAsync(), r => r.Ocid == ocid && r.Tags.Contains("contract"));
    }

    [Theory]
    [InlineData("Value", "0", "Value", "Enter the value of the contract between £0.01 and £999,999,999,999")]
    [InlineData("Value", "-5", "Value", "Enter the value of the contract as an amount in pounds, like 250000 or 250000.50")]
    [InlineData("EndDate.Year", "2000", "EndDate-day", "End date must be after the start date")]
    [InlineData("DateSigned.Year", "2099", "DateSigned-day", "Date signed must be today or in the past")]
    [InlineData("StartDate.Day", "", "StartDate-day", "Start date must be a real date, like 1 4 2027")]
    [InlineData("StartDate.Year", "1999", "StartDate-day", "Start date must be between 1 January 2000 and 31 December 2099")]
    [InlineData("EndDate.Year", "9999", "EndDate-day", "End date must be between 1 January 2000 and 31 December 2099")]
    public async Task Contract_WhenAnswerWrong_ShowsItsMessageAndDraftsNothing(string field, string value, string errorId, string message)
    {
        var buyer = await service.BuyerAsync();
        var awardId = await AwardedAsync(buyer);
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Contract(buyer.Organisation.Id, awardId));

        var result = await form.SubmitAsync(buyer.Browser, ValidContract().With(field, value));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(message, result.ErrorSummary);
        Assert.Equal(message, result.FieldError(errorId.Replace("-day", "")) ?? result.FieldError(errorId));
        Assert.Equal(value, result.Document.QuerySelector($"[name='{field}']")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Contract_WhenSignedBeforeTheAwardDecision_SaysTheAwardDateAndDraftsNothing()
    {
        var buyer = await service.BuyerAsync();
        var awardId = await AwardedAsync(buyer);
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Contract(buyer.Organisation.Id, awardId));

        var result = await form.SubmitAsync(buyer.Browser, ValidContract().With("DateSigned.Day", "28").With("DateSigned.Month", "2"));

        var message = $"Date signed must be on or after the date of the award decision, 1 March {LastYear}";
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(message, result.FieldError("DateSigned"));
        Assert.Contains(message, result.ErrorSummary);
        Assert.Equal(2, await service.ProcurementNoticesAsync(awardId));
    }

    [Fact]
    public async Task Contract_WhenAlreadyPublishedForTheAward_IsRefused()
    {
        var buyer = await service.BuyerAsync();
        var awardId = await AwardedAsync(buyer);
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Contract(buyer.Organisation.Id, awardId));
        var drafted = await form.SubmitAsync(buyer.Browser, ValidContract());
        await buyer.PublishAsync(Guid.Parse(drafted.Location!.Split('/')[^2]));

        var again = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Contract(buyer.Organisation.Id, awardId));

        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal(["The contract details of this award are already published"], again.ErrorSummary);
    }

    [Fact]
    public async Task Contract_OfAnotherBuyersAward_IsNotFound()
    {
        var a = await service.BuyerAsync();
        var b = await service.BuyerAsync();
        var awardId = await AwardedAsync(a);

        var byAddress = await b.Browser.GetAsync(NoticeLinks.Contract(a.Organisation.Id, awardId));
        var underOwn = await b.Browser.GetAsync(NoticeLinks.Contract(b.Organisation.Id, awardId));

        Assert.NotEqual(HttpStatusCode.OK, byAddress.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, underOwn.StatusCode);
    }

    [Fact]
    public async Task Publish_WhenAnotherDraftOfTheSameContractWasPublishedFirst_RefusesAndStoresOneContractRelease()
    {
        var buyer = await service.BuyerAsync();
        var awardId = await AwardedAsync(buyer);
        var first = await DraftContractAsync(buyer, awardId);
        var second = await DraftContractAsync(buyer, awardId);
        await buyer.PublishAsync(first);

        var result = await buyer.PublishAsync(second);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("The contract details of this award are already published. Nothing was published", result.ErrorSummary);
        Assert.Equal(NoticeStatus.Draft, (await service.NoticeAsync(second)).Status);
        Assert.Single(await service.ReleasesAsync(), r => r.PublisherName == buyer.Organisation.Name && r.Tags == "contract");
    }

    private static async Task<Guid> DraftContractAsync(SignedInMember buyer, Guid awardId)
    {
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Contract(buyer.Organisation.Id, awardId));
        var drafted = await form.SubmitAsync(buyer.Browser, ValidContract());
        return Guid.Parse(drafted.Location!.Split('/')[^2]);
    }

    /// <summary>A published tender with a published award; returns the award notice's id.</summary>
    private static async Task<Guid> AwardedAsync(SignedInMember buyer)
    {
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Award(buyer.Organisation.Id, id));
        var drafted = await form.SubmitAsync(buyer.Browser, new Dictionary<string, string>
        {
            ["SupplierName"] = "Leeds Women's Aid", ["Value"] = "240000",
            ["AwardDate.Day"] = "1", ["AwardDate.Month"] = "3", ["AwardDate.Year"] = LastYear,
        });
        var awardId = Guid.Parse(drafted.Location!.Split('/')[^2]);
        await buyer.PublishAsync(awardId);
        return awardId;
    }
}
