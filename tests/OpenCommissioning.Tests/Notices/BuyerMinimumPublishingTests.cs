using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>The buyer's own shortest tender period through the real tender form and Publish button.</summary>
public sealed class BuyerMinimumPublishingTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    private const string ShortForTheBuyer = "The tender period is shorter than your organisation's minimum of 30 days for the open procedure. " +
        "Give the reason it must be shorter, or choose a later deadline";

    [Fact]
    public async Task Draft_WhenBuyersMinimumIs30_AsksForAReasonForA28DayPeriod()
    {
        var buyer = await service.BuyerAsync();
        await service.SetMinimumTenderDaysAsync(buyer.Organisation.Id, 30, null);
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, NoticeArrange.ValidTender(daysAhead: 28));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(ShortForTheBuyer, result.FieldError("Input_ShortPeriodReason"));
        Assert.Equal(0, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }

    [Fact]
    public async Task Draft_WhenBuyersMinimumIs10_AcceptsAn11DayPeriodWithoutAReason()
    {
        var buyer = await service.BuyerAsync();
        await service.SetMinimumTenderDaysAsync(buyer.Organisation.Id, 10, null);

        var id = await buyer.DraftAsync(NoticeArrange.ValidTender(daysAhead: 11));
        await buyer.PublishAsync(id);

        var notice = await service.NoticeAsync(id);
        Assert.Null(notice.Details.ShortPeriodReason);
        Assert.Equal(NoticeStatus.Published, notice.Status);
    }

    [Fact]
    public async Task DraftForm_StatesTheBuyersOwnMinimumBesideEachProcedure()
    {
        var buyer = await service.BuyerAsync();
        await service.SetMinimumTenderDaysAsync(buyer.Organisation.Id, 30, 14);

        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var hints = page.Document.QuerySelectorAll("input[name='Input.Procedure'] ~ .govuk-radios__hint").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Tender period of at least 30 days", "Tender period of at least 30 days", "Tender period of at least 14 days"], hints);
    }

    [Fact]
    public async Task Publish_WhenBuyerRaisedItsMinimumAfterDrafting_RefusesUntilAReasonIsGiven()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync(NoticeArrange.ValidTender(daysAhead: 28));
        await service.SetMinimumTenderDaysAsync(buyer.Organisation.Id, 30, null);
        var releases = (await service.ReleasesAsync()).Count;

        var result = await buyer.PublishAsync(id);

        Assert.Contains(ShortForTheBuyer, result.ErrorSummary);
        Assert.Equal(NoticeStatus.Draft, (await service.NoticeAsync(id)).Status);
        Assert.Equal(releases, (await service.ReleasesAsync()).Count);
    }

    [Fact]
    public async Task Amend_WhenBuyersMinimumIs30_AsksForAReasonForA28DayPeriodAndDraftsNothing()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        await service.SetMinimumTenderDaysAsync(buyer.Organisation.Id, 30, null);
        var amend = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, id));
        var notices = await service.CountAsync<Notice>();

        var result = await amend.SubmitAsync(buyer.Browser, NoticeArrange.ValidTender(daysAhead: 28).With("Rationale", "Bids close sooner"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(ShortForTheBuyer, result.FieldError("Input_ShortPeriodReason"));
        Assert.Equal(notices, await service.CountAsync<Notice>());
    }
}
