using System.Globalization;
using OpenCommissioning.Notices;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Notices;

namespace OpenCommissioning.Tests.Opportunities;

/// <summary>The reason a buyer gives for a short tender period is on the public notice page, as on the buyer's preview.</summary>
public sealed class ShortPeriodReasonPageTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    private const string Reason = "The current provider <b>closes</b> in May & cannot continue";

    [Fact]
    public async Task PublicNotice_WhenPeriodShortWithReason_ShowsTheReasonEncodedBesideTheDeadline()
    {
        var buyer = await service.BuyerAsync();
        var ocid = await PublishAsync(buyer, NoticeArrange.ValidTender(daysAhead: 7).With("Input.ShortPeriodReason", Reason));

        var response = await service.CreateBrowser().GetAsync("/notices/" + ocid);
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlPage.ParseAsync(response);

        var row = page.Document.GetElementById("short-period-reason")!;
        Assert.Equal("Why the time to bid is short", row.QuerySelector("dt")!.TextContent.Trim());
        Assert.Equal(Reason, row.QuerySelector("dd")!.TextContent.Trim());
        Assert.Contains("Closing date", row.PreviousElementSibling!.TextContent);
        Assert.Contains("&lt;b&gt;closes&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>closes</b>", html);
    }

    [Fact]
    public async Task PublicNotice_WhenPeriodNotShort_ShowsNoReasonRow()
    {
        var buyer = await service.BuyerAsync();
        var ocid = await PublishAsync(buyer, NoticeArrange.ValidTender());

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/notices/" + ocid);

        Assert.Null(page.Document.GetElementById("short-period-reason"));
        Assert.DoesNotContain("Why the time to bid is short", page.Text);
    }

    [Fact]
    public async Task PublicNotice_WhenAmendmentGivesALaterDeadlineAndNoReason_ShowsNoReasonRow()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync(NoticeArrange.ValidTender(daysAhead: 7).With("Input.ShortPeriodReason", Reason));
        await buyer.PublishAsync(id);
        var later = DateTime.UtcNow.Date.AddDays(40);
        var amend = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, id));
        var drafted = await amend.SubmitAsync(buyer.Browser, new Dictionary<string, string>
        {
            ["Rationale"] = "Deadline extended so small providers can bid", ["Input.ShortPeriodReason"] = "",
            ["Input.Deadline.Day"] = later.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.Deadline.Month"] = later.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.Deadline.Year"] = later.Year.ToString(CultureInfo.InvariantCulture),
        });
        await buyer.PublishAsync(Guid.Parse(drafted.Location!.Split('/').Last()));
        await service.RunJobsAsync();

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/notices/" + await service.OcidAsync(id));

        Assert.Contains("Tender amended", page.Document.GetElementById("history")!.TextContent);
        Assert.Null(page.Document.GetElementById("short-period-reason"));
    }

    [Fact]
    public async Task PublicNotice_WhenHarvestedRationaleIsAboutTheProcedure_ShowsItAsSuchAndNoShortPeriodRow()
    {
        var ocid = Notices.NewOcid();
        await service.PublishAsync(Notices.Tender(ocid, "Emergency housing support", change: r =>
            r["tender"]!["procurementMethodRationale"] = "Extreme urgency after the provider failed"));

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/notices/" + ocid);

        Assert.Null(page.Document.GetElementById("short-period-reason"));
        var row = page.Document.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.TextContent.Contains("Reason given for the procedure"));
        Assert.Equal("Extreme urgency after the provider failed", row.QuerySelector("dd")!.TextContent.Trim());
    }

    private async Task<string> PublishAsync(Organisations.SignedInMember buyer, Dictionary<string, string> form)
    {
        var id = await buyer.DraftAsync(form);
        await buyer.PublishAsync(id);
        await service.RunJobsAsync();
        return await service.OcidAsync(id);
    }
}
