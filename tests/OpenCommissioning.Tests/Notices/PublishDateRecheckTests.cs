using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Dates that were in the future when the draft was saved and have passed by the time someone presses Publish.</summary>
public sealed class PublishDateRecheckTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    [Fact]
    public async Task Publish_WhenApproachToMarketHasPassedSinceDrafting_RefusesWithALinkToChangeItAndStoresNoRelease()
    {
        var buyer = await service.BuyerAsync();
        var form = NoticeArrange.ValidTender().With("Input.NoticeType", "Pipeline").With("Input.Deadline.Day", "")
            .With("Input.ApproachToMarket.Day", "1").With("Input.ApproachToMarket.Month", "9").With("Input.ApproachToMarket.Year", "2030");
        var id = await buyer.DraftAsync(form);
        var lastWeek = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-7));
        await service.ChangeDraftAsync(id, d => d with { ApproachToMarket = lastWeek });

        var result = await buyer.PublishAsync(id);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var message = $"The approach to market date, {lastWeek:d MMMM yyyy}, has passed. Change it to today or a later date before you publish";
        Assert.Contains(message, result.ErrorSummary);
        Assert.Equal(NoticeLinks.EditDraft(buyer.Organisation.Id, id) + "#Input_ApproachToMarket-day", SummaryLink(result));
        // Pressing Publish again would only meet the same refusal: the page offers the change instead.
        Assert.Null(result.Document.QuerySelector("main form"));
        Assert.Equal(SummaryLink(result), result.Document.QuerySelector("main a.govuk-button")?.GetAttribute("href"));
        Assert.Equal(NoticeStatus.Draft, (await service.NoticeAsync(id)).Status);
        Assert.DoesNotContain(await service.ReleasesAsync(), r => r.PublisherName == buyer.Organisation.Name);
    }

    [Fact]
    public async Task Publish_WhenApproachToMarketIsToday_Publishes()
    {
        var buyer = await service.BuyerAsync();
        var form = NoticeArrange.ValidTender().With("Input.NoticeType", "Pipeline").With("Input.Deadline.Day", "")
            .With("Input.ApproachToMarket.Day", "1").With("Input.ApproachToMarket.Month", "9").With("Input.ApproachToMarket.Year", "2030");
        var id = await buyer.DraftAsync(form);
        // UK today, not UTC: between midnight and 1am in summer the two differ.
        var today = DateOnly.FromDateTime(OpenCommissioning.Platform.Layout.UkTime.ToUk(DateTimeOffset.UtcNow).DateTime);
        await service.ChangeDraftAsync(id, d => d with { ApproachToMarket = today });

        await buyer.PublishAsync(id);

        Assert.Equal(NoticeStatus.Published, (await service.NoticeAsync(id)).Status);
    }

    [Fact]
    public async Task Publish_WhenDeadlineHasPassedSinceDrafting_NamesTheDeadlineAndLinksToItsDayField()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        var passed = new DateTimeOffset(DateTime.UtcNow.Year - 1, 3, 2, 17, 0, 0, TimeSpan.Zero);
        await service.ChangeDraftAsync(id, d => d with { Deadline = passed });

        var result = await buyer.PublishAsync(id);

        Assert.Contains($"The deadline for bids, 2 March {passed.Year} at 5pm, has passed. Change it to a later date before you publish", result.ErrorSummary);
        Assert.Equal(NoticeLinks.EditDraft(buyer.Organisation.Id, id) + "#Input_Deadline-day", SummaryLink(result));
        Assert.Equal(NoticeStatus.Draft, (await service.NoticeAsync(id)).Status);
        Assert.DoesNotContain(await service.ReleasesAsync(), r => r.PublisherName == buyer.Organisation.Name);
    }

    [Fact]
    public async Task Publish_WhenAmendmentDeadlineHasPassed_LinksToAmendTheNoticeAgainAndPublishesNothing()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        var amend = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, id));
        var drafted = await amend.SubmitAsync(buyer.Browser, new Dictionary<string, string> { ["Rationale"] = "Value corrected" });
        var amendmentId = Guid.Parse(drafted.Location!.Split('/').Last());
        await service.ChangeDraftAsync(amendmentId, d => d with { Deadline = DateTimeOffset.UtcNow.AddMinutes(-5) });
        var before = (await service.ReleasesAsync()).Count;

        var result = await buyer.PublishAsync(amendmentId);

        Assert.Equal(NoticeLinks.Amend(buyer.Organisation.Id, id) + "#Input_Deadline-day", SummaryLink(result));
        Assert.Equal(NoticeStatus.Draft, (await service.NoticeAsync(amendmentId)).Status);
        Assert.Equal(before, (await service.ReleasesAsync()).Count);
    }

    private static string? SummaryLink(HtmlPage page) =>
        page.Document.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href");
}
