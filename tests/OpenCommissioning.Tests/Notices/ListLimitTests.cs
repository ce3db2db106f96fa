using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Lists one over their cap, posted with the form's anti-forgery token: each gets its own message and nothing is saved.</summary>
public sealed class ListLimitTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    [Fact]
    public async Task Draft_WhenOneLotOverTheCap_NamesTheCapAtTheFirstExtraLotAndStoresNothing()
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, WithLots(NoticeArrange.ValidTender(), ListLimits.Lots + 1));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(ListLimits.TooManyLots, result.FieldError($"Input_Lots_{ListLimits.Lots}__Title"));
        Assert.Contains(ListLimits.TooManyLots, result.ErrorSummary);
        Assert.Equal(0, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }

    [Fact]
    public async Task Draft_WhenLotsAtTheCap_StoresThemAll()
    {
        var buyer = await service.BuyerAsync();

        var id = await buyer.DraftAsync(WithLots(NoticeArrange.ValidTender(), ListLimits.Lots));

        Assert.Equal(ListLimits.Lots, (await service.NoticeAsync(id)).Details.Lots.Count);
    }

    [Fact]
    public async Task Draft_WhenPostcodesOverTheCap_SaysToSelectRegionsAndStoresNothing()
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, NoticeArrange.ValidTender().With("Input.Postcodes", Postcodes(ListLimits.Postcodes + 1)));

        Assert.Equal(ListLimits.TooManyPostcodes, result.FieldError("Input_Postcodes"));
        Assert.Equal(0, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }

    [Fact]
    public async Task Draft_WhenPostcodesAtTheCap_StoresThemAll()
    {
        var buyer = await service.BuyerAsync();

        var id = await buyer.DraftAsync(NoticeArrange.ValidTender().With("Input.Postcodes", Postcodes(ListLimits.Postcodes)));

        Assert.Equal(ListLimits.Postcodes, (await service.NoticeAsync(id)).Details.Postcodes.Count);
    }

    [Fact]
    public async Task Draft_WhenCpvCodesOverTheCap_SaysHowManyAndStoresNothing()
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, NoticeArrange.ValidTender().With("Input.CpvCodes", CpvCodes(ListLimits.CpvCodes + 1)));

        Assert.Equal(ListLimits.TooManyCpvCodes, result.FieldError("Input_CpvCodes"));
        Assert.Equal(0, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }

    [Fact]
    public async Task ChangeDraft_WhenListsOverTheirCaps_ShowsEachMessageAndKeepsTheSavedDraft()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        var before = (await service.NoticeAsync(id)).Details;
        var edit = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.EditDraft(buyer.Organisation.Id, id));
        var form = WithLots(NoticeArrange.ValidTender(), ListLimits.Lots + 1)
            .With("Input.Postcodes", Postcodes(ListLimits.Postcodes + 1)).With("Input.CpvCodes", CpvCodes(ListLimits.CpvCodes + 1));

        var result = await edit.SubmitAsync(buyer.Browser, form);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(ListLimits.TooManyLots, result.ErrorSummary);
        Assert.Contains(ListLimits.TooManyPostcodes, result.ErrorSummary);
        Assert.Contains(ListLimits.TooManyCpvCodes, result.ErrorSummary);
        var after = (await service.NoticeAsync(id)).Details;
        Assert.Equal(before.Lots, after.Lots);
        Assert.Equal(before.Postcodes, after.Postcodes);
        Assert.Equal(before.CpvCodes, after.CpvCodes);
    }

    [Theory]
    [InlineData(990)]
    [InlineData(1_100)]
    public async Task Draft_WhenFarMoreAnswersThanTheServerReads_IsABadRequestInWordsAndStoresNothing(int rows)
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, WithLots(NoticeArrange.ValidTender(), rows));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("Sorry, there is a problem with your request", result.Heading);
        Assert.Contains(FormAnswerLimitAttribute.Message, result.Document.QuerySelector("main")!.TextContent);
        Assert.Equal(0, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }

    [Fact]
    public async Task Award_WhenFarMoreMemberRowsThanTheServerReads_IsABadRequestInWordsAndDraftsNothing()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Award(buyer.Organisation.Id, id));
        var form = new Dictionary<string, string> { ["SupplierName"] = "Leeds Women's Aid", ["Value"] = "240000" };
        for (var i = 0; i < 1_100; i++) form[$"Members[{i}].Name"] = $"Member {i + 1}";

        var result = await page.SubmitAsync(buyer.Browser, form);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("Sorry, there is a problem with your request", result.Heading);
        Assert.Contains(FormAnswerLimitAttribute.Message, result.Document.QuerySelector("main")!.TextContent);
        Assert.Equal(1, await service.ProcurementNoticesAsync(id));
    }

    private static Dictionary<string, string> WithLots(Dictionary<string, string> form, int count)
    {
        for (var i = 0; i < count; i++) form[$"Input.Lots[{i}].Title"] = $"Lot {i + 1}";
        return form;
    }

    /// <summary>Distinct, well-formed postcodes: LS1 0AA, LS1 0AB and on (unit letters never use C, I, K, M, O or V).</summary>
    private static string Postcodes(int count)
    {
        const string letters = "ABDEFGHJLNPQRSTUWXYZ";
        return string.Join(", ", Enumerable.Range(0, count).Select(i => $"LS1 {i / 400}{letters[i / 20 % 20]}{letters[i % 20]}"));
    }

    /// <summary>Distinct codes of the CPV 2008 vocabulary, read from its own list so each one is real.</summary>
    private static string CpvCodes(int count) =>
        string.Join(", ", OpenCommissioning.Platform.Reference.ReferenceFiles.ReadCsv("cpv-2008.csv").Select(f => f[0]).Distinct().Take(count));
}
