using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Two amendments drafted from the same notice: the one published second would undo the first, so it is refused.</summary>
public sealed class PublishAmendmentRecheckTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    [Fact]
    public async Task Publish_WhenAnotherAmendmentWasPublishedSinceDrafting_RefusesLinksToAmendAgainAndKeepsTheFirstChange()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        var raised = await AmendAsync(buyer, id, "Value raised", "300000");
        var stale = await AmendAsync(buyer, id, "Contact changed", "250000");
        await buyer.PublishAsync(raised);
        var before = (await service.ReleasesAsync()).Count;

        var result = await buyer.PublishAsync(stale);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(NoticePublisher.StaleAmendment, result.ErrorSummary);
        Assert.Equal(NoticeLinks.Amend(buyer.Organisation.Id, raised) + "#Rationale",
            result.Document.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        Assert.Equal(NoticeStatus.Draft, (await service.NoticeAsync(stale)).Status);
        Assert.Equal(before, (await service.ReleasesAsync()).Count);
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, raised));
        Assert.Equal("300000", page.Value("Input_Amount"));
    }

    [Fact]
    public async Task Publish_WhenAmendmentsArePublishedInTurn_PublishesEach()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        var first = await AmendAsync(buyer, id, "Value raised", "300000");
        await buyer.PublishAsync(first);
        var second = await AmendAsync(buyer, first, "Value raised again", "320000");

        await buyer.PublishAsync(second);

        Assert.Equal(NoticeStatus.Published, (await service.NoticeAsync(second)).Status);
    }

    private static async Task<Guid> AmendAsync(SignedInMember buyer, Guid noticeId, string rationale, string amount)
    {
        var amend = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, noticeId));
        var drafted = await amend.SubmitAsync(buyer.Browser, new Dictionary<string, string> { ["Rationale"] = rationale, ["Input.Amount"] = amount });
        return Guid.Parse(drafted.Location!.Split('/').Last());
    }
}
