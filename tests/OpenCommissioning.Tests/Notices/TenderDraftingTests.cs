using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Drafting a tender notice through the real form: each field's message, values kept, and the deadline rules.</summary>
public sealed class TenderDraftingTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Theory]
    [InlineData("Input.Title", "", "Input_Title", "Enter a title for the notice")]
    [InlineData("Input.Description", "  ", "Input_Description", "Enter a description of what you are buying")]
    [InlineData("Input.CpvCodes", "", "Input_CpvCodes", "Enter at least one CPV code, like 85310000")]
    [InlineData("Input.CpvCodes", "8531", "Input_CpvCodes", "'8531' is not in the form of a CPV code: enter 8 digits, like 85310000, or 8 digits and the check digit, like 85310000-5")]
    [InlineData("Input.CpvCodes", "85310000-4", "Input_CpvCodes", "The check digit of 85310000 is 5, not 4. Check the code")]
    [InlineData("Input.CpvCodes", "85319999", "Input_CpvCodes", "85319999 is not a CPV code. Check it against the list of CPV codes")]
    [InlineData("Input.Postcodes", "LS1 4AP, nowhere", "Input_Postcodes", "'nowhere' is not a UK postcode. Enter full postcodes separated by commas, like SW1A 2AA, LS1 4AP")]
    [InlineData("Input.ValueKind", "", "Input_ValueKind", "Select whether you know the value of the contract")]
    [InlineData("Input.Amount", "lots", "Input_Amount", "Enter the value as an amount in pounds, like 250000 or 250000.50")]
    [InlineData("Input.Amount", "0", "Input_Amount", "Enter the value between £0.01 and £999,999,999,999")]
    [InlineData("Input.Procedure", "Auction", "Input_Procedure", "Select the procedure")]
    [InlineData("Input.ContractStart.Day", "31", "Input_ContractStart", "Contract start date must be a real date, like 1 4 2027")]
    [InlineData("Input.ContractStart.Year", "0001", "Input_ContractStart", "Contract start date must be between 1 January 2000 and 31 December 2099")]
    [InlineData("Input.ContractEnd.Year", "2100", "Input_ContractEnd", "Contract end date must be between 1 January 2000 and 31 December 2099")]
    [InlineData("Input.Deadline.Month", "13", "Input_Deadline", "Deadline must be a real date, like 27 3 2027")]
    [InlineData("Input.Deadline.Year", "9999", "Input_Deadline", "Deadline must be between 1 January 2000 and 31 December 2099")]
    [InlineData("Input.DeadlineTime", "teatime", "Input_DeadlineTime", "Enter the time bids close, like 5pm or 17:00")]
    [InlineData("Input.Lots[0].Title", "", "Input_Lots_0__Title", "Enter a title for lot 1")]
    [InlineData("Input.ContactName", "", "Input_ContactName", "Enter the name of the person or team to contact")]
    [InlineData("Input.ContactEmail", "nobody", "Input_ContactEmail", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("Input.ContactPhone", "call us", "Input_ContactPhone", "Enter a telephone number, like 01632 960 001 or +44 808 157 0192")]
    public async Task Draft_WhenFieldWrong_ShowsItsMessageKeepsValuesAndStoresNothing(string field, string value, string fieldId, string message)
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, NoticeArrange.ValidTender().With(field, value));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(message, result.FieldError(fieldId));
        Assert.Contains(message, result.ErrorSummary);
        var (keptId, kept) = field == "Input.Title" ? ("Input_ContactEmail", "commissioning@example.gov.uk") : ("Input_Title", "Domestic abuse support services in Leeds");
        Assert.Equal(kept, result.Value(keptId));
        Assert.Equal(0, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }

    [Fact]
    public async Task Draft_WhenTitleOver300Characters_ShowsLengthMessage()
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, NoticeArrange.ValidTender().With("Input.Title", new string('a', 301)));

        Assert.Equal("Title must be 300 characters or fewer", result.FieldError("Input_Title"));
        Assert.Equal(new string('a', 301), result.Value("Input_Title"));
    }

    [Fact]
    public async Task Draft_WhenNoPlaceGiven_AsksWhereTheServiceIsDelivered()
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));
        var form = NoticeArrange.ValidTender().With("Input.Postcodes", "");
        form.Remove("Input.Regions");

        var result = await page.SubmitAsync(buyer.Browser, form);

        Assert.Equal("Select where the service will be delivered, or enter postcodes, or select nationwide", result.FieldError("Input_Regions"));
    }

    [Fact]
    public async Task Draft_WhenDeadlineInPast_ShowsDeadlineError()
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, NoticeArrange.ValidTender(daysAhead: -1));

        Assert.Equal(DeadlineValidation.PastMessage, result.FieldError("Input_Deadline"));
        Assert.Equal(0, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }

    [Fact]
    public async Task Draft_WhenPeriodShorterThanMinimumWithoutReason_AsksForTheReason()
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, NoticeArrange.ValidTender(daysAhead: 7));

        Assert.Equal("The tender period is shorter than the minimum of 25 days for the open procedure. Give the reason it must be shorter, or choose a later deadline",
            result.FieldError("Input_ShortPeriodReason"));
    }

    [Fact]
    public async Task Draft_WhenBelowThresholdPeriodMeetsItsMinimum_NeedsNoReason()
    {
        var buyer = await service.BuyerAsync();

        var id = await buyer.DraftAsync(NoticeArrange.ValidTender(daysAhead: 12).With("Input.Procedure", "BelowThreshold"));

        Assert.Null((await service.NoticeAsync(id)).Details.ShortPeriodReason);
    }

    [Fact]
    public async Task Draft_WhenShortPeriodHasReason_PreviewShowsTheReasonAsThePublicWillSeeIt()
    {
        var buyer = await service.BuyerAsync();
        var form = NoticeArrange.ValidTender(daysAhead: 7).With("Input.ShortPeriodReason", "The current provider is closing at short notice");

        var id = await buyer.DraftAsync(form);
        var preview = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Notice(buyer.Organisation.Id, id));

        var notice = preview.Document.GetElementById("public-notice")!.TextContent;
        Assert.Contains("Why the time to bid is short", notice);
        Assert.Contains("The current provider is closing at short notice", notice);
        Assert.Contains("This is a draft", preview.Text);
    }

    [Fact]
    public async Task ChangeDraft_KeepsTheProcurementAndShowsTheSavedValues()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        var edit = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.EditDraft(buyer.Organisation.Id, id));
        Assert.Equal("Domestic abuse support services in Leeds", edit.Value("Input_Title"));
        Assert.Equal("250000", edit.Value("Input_Amount"));

        var result = await edit.SubmitAsync(buyer.Browser, new Dictionary<string, string> { ["Input.Title"] = "Refuge services" });

        Assert.Equal(NoticeLinks.Notice(buyer.Organisation.Id, id), result.Location);
        Assert.Equal("Refuge services", (await service.NoticeAsync(id)).Details.Title);
        Assert.Equal(1, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }
}
