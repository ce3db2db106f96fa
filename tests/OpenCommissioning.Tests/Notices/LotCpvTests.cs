using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Ocds.Validation;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Each lot's own CPV codes, through the real form: read like the notice's, kept, published and shown.</summary>
public sealed class LotCpvTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    /// <summary>The valid tender with a second lot; lot 2 gets the codes under test.</summary>
    public static Dictionary<string, string> TenderWithLotCodes(string lot1Codes = "85311000-2, 85312000", string? lot2Codes = null)
    {
        var form = NoticeArrange.ValidTender().With("Input.Lots[0].CpvCodes", lot1Codes).With("Input.Lots[1].Title", "Outreach");
        return lot2Codes is null ? form : form.With("Input.Lots[1].CpvCodes", lot2Codes);
    }

    [Fact]
    public async Task Draft_WithLotCpvCodes_StoresEachLotsOwnCodesAndNoneForALotWithout()
    {
        var buyer = await service.BuyerAsync();

        var id = await buyer.DraftAsync(TenderWithLotCodes());

        var lots = (await service.NoticeAsync(id)).Details.Lots;
        Assert.Equal(["85311000", "85312000"], lots[0].CpvCodes);
        Assert.Empty(lots[1].CpvCodes);
        Assert.Equal(["85310000", "85311000"], (await service.NoticeAsync(id)).Details.CpvCodes);
    }

    [Theory]
    [InlineData("8531", "'8531' in lot 2 is not in the form of a CPV code: enter 8 digits, like 85310000, or 8 digits and the check digit, like 85310000-5")]
    [InlineData("85319999", "85319999 in lot 2 is not a CPV code. Check it against the list of CPV codes")]
    [InlineData("85311000, 85310000-4", "The check digit of 85310000 in lot 2 is 5, not 4. Check the code")]
    public async Task Draft_WhenLotCpvCodeWrong_NamesTheLotBesideItsFieldAndStoresNothing(string typed, string message)
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, TenderWithLotCodes(lot2Codes: typed));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(message, result.FieldError("Input_Lots_1__CpvCodes"));
        Assert.Contains(message, result.ErrorSummary);
        Assert.Equal(typed, result.Value("Input_Lots_1__CpvCodes"));
        Assert.Equal(0, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }

    [Fact]
    public async Task Draft_WhenLotHasOneCodeOverTheCap_SaysHowManyForThatLot()
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, TenderWithLotCodes(lot2Codes: string.Join(", ", RealCodes(ListLimits.CpvCodes + 1))));

        Assert.Equal("Enter up to 20 CPV codes for lot 2. Choose the codes that best describe the lot; a code includes the codes beneath it",
            result.FieldError("Input_Lots_1__CpvCodes"));
        Assert.Equal(0, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }

    [Fact]
    public async Task Draft_WhenLotsTogetherNameMoreCodesThanSearchHolds_SaysSoAtTheLotThatCrossesTheCap()
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));
        var codes = RealCodes(ListLimits.CpvCodesInAll).ToList(); // with the notice's two, 202 codes in all
        var form = NoticeArrange.ValidTender();
        for (var lot = 0; lot < 10; lot++)
            form.With($"Input.Lots[{lot}].Title", $"Lot {lot + 1}").With($"Input.Lots[{lot}].CpvCodes", string.Join(", ", codes.Skip(lot * 20).Take(20)));

        var result = await page.SubmitAsync(buyer.Browser, form);

        var message = ListLimits.TooManyCpvCodesInAll(10);
        Assert.Equal(message, result.FieldError("Input_Lots_9__CpvCodes"));
        Assert.Equal([message], result.ErrorSummary);
        Assert.Equal(0, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }

    [Fact]
    public async Task Draft_WhenRowHasOnlyCpvCodes_AsksForTheLotsTitle()
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, NoticeArrange.ValidTender().With("Input.Lots[2].CpvCodes", "85312000"));

        Assert.Equal("Enter a title for lot 3", result.FieldError("Input_Lots_2__Title"));
    }

    [Fact]
    public async Task Publish_WithLotCpvCodes_WritesAValidReleaseWithAnItemRelatedToTheLot()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync(TenderWithLotCodes());

        await buyer.PublishAsync(id);

        var notice = await service.NoticeAsync(id);
        var release = (await service.ReleasesAsync()).Single(r => r.ReleaseId == notice.ReleaseId).Json();
        Assert.DoesNotContain(new OcdsValidator().ValidateRelease(release, NoticeRelease.Extensions), f => f.Severity == Severity.Error);
        var items = release["tender"]!["items"]!.AsArray();
        Assert.Equal(2, items.Count); // the notice's item and lot 1's; lot 2 has no codes, so no item
        Assert.Null(items[0]!["relatedLot"]);
        var lotItem = items[1]!;
        Assert.Equal("1", (string)lotItem["relatedLot"]!);
        Assert.Equal((string)release["tender"]!["lots"]![0]!["id"]!, (string)lotItem["relatedLot"]!);
        Assert.Equal("CPV", (string)lotItem["classification"]!["scheme"]!);
        Assert.Equal("85311000", (string)lotItem["classification"]!["id"]!);
        Assert.Equal("Social work services with accommodation", (string)lotItem["classification"]!["description"]!);
        Assert.Equal("85312000", (string)lotItem["additionalClassifications"]![0]!["id"]!);
        Assert.Equal("Social work services without accommodation", (string)lotItem["additionalClassifications"]![0]!["description"]!);
    }

    [Fact]
    public async Task Amend_FormStartsFromTheLotsCodesAndTheAmendmentKeepsThem()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync(TenderWithLotCodes());
        await buyer.PublishAsync(id);

        var amend = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, id));
        var drafted = await amend.SubmitAsync(buyer.Browser, new Dictionary<string, string> { ["Rationale"] = "Outreach lot renamed", ["Input.Lots[1].Title"] = "Community outreach" });

        Assert.Equal("85311000, 85312000", amend.Value("Input_Lots_0__CpvCodes"));
        Assert.Equal("", amend.Value("Input_Lots_1__CpvCodes"));
        var amendment = await service.NoticeAsync(Guid.Parse(drafted.Location!.Split('/').Last()));
        Assert.Equal(["85311000", "85312000"], amendment.Details.Lots[0].CpvCodes);
        Assert.Equal("Community outreach", amendment.Details.Lots[1].Title);
    }

    [Fact]
    public async Task Preview_ShowsEachLotsCpvCodesInItsSummaryList()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync(TenderWithLotCodes());

        var preview = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Notice(buyer.Organisation.Id, id));

        var lists = preview.Document.QuerySelectorAll("#public-notice .govuk-summary-list");
        Assert.Equal("85311000 Social work services with accommodation; 85312000 Social work services without accommodation", Row(lists[^2], "CPV codes"));
        Assert.Equal("None given", Row(lists[^1], "CPV codes"));
    }

    [Fact]
    public async Task PublicPage_ShowsEachLotsCpvCodesAndKeepsThemOutOfTheNoticesOwn()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync(TenderWithLotCodes(lot1Codes: "98000000"));
        await buyer.PublishAsync(id);
        await service.RunJobsAsync();
        var releaseId = (await service.NoticeAsync(id)).ReleaseId;
        var ocid = (await service.ReleasesAsync()).Single(r => r.ReleaseId == releaseId).Ocid;

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/notices/" + ocid);

        var lots = page.Document.QuerySelectorAll("dl.app-lot");
        Assert.Equal(2, lots.Length);
        Assert.Equal("98000000 Other community, social and personal services", Row(lots[0], "CPV codes"));
        Assert.Equal("None given", Row(lots[1], "CPV codes"));
        var summary = Row(page.Document.QuerySelector("dl.govuk-summary-list")!, "What is being bought");
        Assert.Contains("85311000", summary);
        Assert.DoesNotContain("98000000", summary);
    }

    private static string Row(AngleSharp.Dom.IElement list, string key) =>
        list.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == key)
            .QuerySelector(".govuk-summary-list__value")!.TextContent.Trim();

    /// <summary>Distinct codes of the CPV 2008 vocabulary outside the notice's own, read from its list so each is real.</summary>
    private static IEnumerable<string> RealCodes(int count) =>
        OpenCommissioning.Platform.Reference.ReferenceFiles.ReadCsv("cpv-2008.csv").Select(f => f[0])
            .Where(c => c is not ("85310000" or "85311000")).Distinct().Take(count);
}
