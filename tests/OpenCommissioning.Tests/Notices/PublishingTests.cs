using System.Net;
using System.Text.Json.Nodes;
using OpenCommissioning.Notices;
using OpenCommissioning.Ocds.Validation;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Publishing, amending and cancelling through the real pages, and the OCDS releases they write.</summary>
public abstract class PublishingTests(ServiceFactory service)
{
    [Fact]
    public async Task Publish_WhenConfirmed_WritesAValidTenderReleaseWithLotsSuitabilityAndBuyer()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();

        var result = await buyer.PublishAsync(id);

        Assert.Equal(NoticeLinks.Notice(buyer.Organisation.Id, id), result.Location);
        var notice = await service.NoticeAsync(id);
        Assert.Equal(NoticeStatus.Published, notice.Status);
        var stored = Assert.Single(await service.ReleasesAsync(), r => r.ReleaseId == notice.ReleaseId);
        var release = stored.Json();
        Assert.DoesNotContain(new OcdsValidator().ValidateRelease(release, NoticeRelease.Extensions), f => f.Severity == Severity.Error);
        Assert.Equal(["tender"], release["tag"]!.AsArray().Select(t => (string)t!));
        Assert.StartsWith("ocds-oc0001-", (string)release["ocid"]!);
        var tender = release["tender"]!;
        Assert.Equal("Refuge", (string)tender["lots"]![0]!["title"]!);
        Assert.True((bool)tender["lots"]![0]!["suitability"]!["vcse"]!);
        Assert.True((bool)tender["suitability"]!["sme"]!);
        Assert.Equal(250000m, (decimal)tender["value"]!["amount"]!);
        Assert.Equal("85310000", (string)tender["items"]![0]!["classification"]!["id"]!);
        Assert.Equal(buyer.Organisation.Name, (string)release["buyer"]!["name"]!);
        Assert.Equal("buyer", (string)release["parties"]![0]!["roles"]![0]!);
        var page = await HtmlPage.GetAsync(buyer.Browser, result.Location!);
        Assert.Contains("Tender notice published", page.Text);
    }

    [Fact]
    public async Task Publish_ShowsConfirmationFirstAndPublishesNothingOnGet()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();

        var confirm = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Publish(buyer.Organisation.Id, id));

        Assert.Equal("Publish this notice?", confirm.Heading);
        Assert.Equal(NoticeStatus.Draft, (await service.NoticeAsync(id)).Status);
    }

    [Fact]
    public async Task Publish_WhenDeadlineHasPassedSinceDrafting_RefusesAndKeepsTheDraft()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await service.ChangeDraftAsync(id, d => d with { Deadline = DateTimeOffset.UtcNow.AddHours(-1) });

        var result = await buyer.PublishAsync(id);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(result.ErrorSummary, e => e.StartsWith("The deadline for bids, ") && e.EndsWith(", has passed. Change it to a later date before you publish"));
        Assert.Equal(NoticeStatus.Draft, (await service.NoticeAsync(id)).Status);
        Assert.DoesNotContain(await service.ReleasesAsync(), r => r.PublisherName == buyer.Organisation.Name);
    }

    [Fact]
    public async Task Publish_WhenReleaseStoreRefuses_KeepsTheDraftAndSaysNothingWasPublished()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        var releaseId = await service.StoreClashingReleaseAsync(id);

        var result = await buyer.PublishAsync(id);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("The open data for this notice is already published. Nothing was published again.", result.ErrorSummary);
        Assert.Equal(NoticeStatus.Draft, (await service.NoticeAsync(id)).Status);
        Assert.Single(await service.ReleasesAsync(), r => r.ReleaseId == releaseId);
    }

    [Fact]
    public async Task Amend_AddsATenderAmendmentReleaseAndKeepsTheFirst()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        var amend = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, id));

        var drafted = await amend.SubmitAsync(buyer.Browser, new Dictionary<string, string>
        {
            ["Rationale"] = "Deadline extended after questions from providers", ["Input.Amount"] = "300000",
        });
        var amendmentId = Guid.Parse(drafted.Location!.Split('/').Last());
        await buyer.PublishAsync(amendmentId);

        var first = await service.NoticeAsync(id);
        var amendment = await service.NoticeAsync(amendmentId);
        var releases = (await service.ReleasesAsync()).Where(r => r.Ocid == Ocid(first)).ToList();
        Assert.Equal(2, releases.Count);
        Assert.Equal(250000m, first.Details.Value.Amount);
        var second = releases.Single(r => r.ReleaseId == amendment.ReleaseId).Json();
        Assert.Equal(["tenderAmendment"], second["tag"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("Deadline extended after questions from providers", (string)second["tender"]!["amendments"]![0]!["rationale"]!);
        Assert.Equal(300000m, (decimal)second["tender"]!["value"]!["amount"]!);
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Notice(buyer.Organisation.Id, amendmentId));
        Assert.Equal(2, page.Document.QuerySelectorAll("#history tbody tr").Length);
        Assert.Contains("Deadline extended after questions from providers", page.Document.GetElementById("history")!.TextContent);
    }

    [Fact]
    public async Task Amend_WhenRationaleMissing_AsksForItAndDraftsNothing()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        var amend = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, id));

        var result = await amend.SubmitAsync(buyer.Browser, new Dictionary<string, string> { ["Rationale"] = "" });

        Assert.Equal("Enter what has changed and why", result.FieldError("Rationale"));
    }

    [Fact]
    public async Task Cancel_PublishesATenderCancellationRelease()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        var cancel = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Cancel(buyer.Organisation.Id, id));

        var drafted = await cancel.SubmitAsync(buyer.Browser, new Dictionary<string, string> { ["Reason"] = "The service is no longer needed" });
        var cancellationId = Guid.Parse(drafted.Location!.Split('/')[^2]);
        await buyer.PublishAsync(cancellationId);

        var cancellation = await service.NoticeAsync(cancellationId);
        var release = (await service.ReleasesAsync()).Single(r => r.ReleaseId == cancellation.ReleaseId).Json();
        Assert.Equal(["tenderCancellation"], release["tag"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("cancelled", (string)release["tender"]!["status"]!);
        var again = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, id));
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
    }

    [Fact]
    public async Task Award_PublishesAValidAwardReleaseWithTheSupplierParty()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Award(buyer.Organisation.Id, id));

        var drafted = await form.SubmitAsync(buyer.Browser, new Dictionary<string, string>
        {
            ["SupplierName"] = "Leeds Women's Aid", ["SupplierIdentifier"] = "GB-CHC-1123456", ["Value"] = "240000",
            ["AwardDate.Day"] = "1", ["AwardDate.Month"] = "3", ["AwardDate.Year"] = NoticeArrange.LastYear, ["Lot"] = "1",
        });
        var awardId = Guid.Parse(drafted.Location!.Split('/')[^2]);
        await buyer.PublishAsync(awardId);

        var award = await service.NoticeAsync(awardId);
        var release = (await service.ReleasesAsync()).Single(r => r.ReleaseId == award.ReleaseId).Json();
        Assert.DoesNotContain(new OcdsValidator().ValidateRelease(release, NoticeRelease.Extensions), f => f.Severity == Severity.Error);
        Assert.Equal(["award"], release["tag"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("GB-CHC-1123456", (string)release["awards"]![0]!["suppliers"]![0]!["id"]!);
        Assert.Equal(240000m, (decimal)release["awards"]![0]!["value"]!["amount"]!);
        Assert.Contains(release["parties"]!.AsArray(), p => (string)p!["roles"]![0]! == "supplier");
    }

    [Theory]
    [InlineData("SupplierName", "", "Enter the name of the provider awarded the contract")]
    [InlineData("SupplierIdentifier", "XX-123", "Enter an identifier that starts with its register, like GB-CHC-1123456")]
    [InlineData("Value", "", "Enter the value of the award in pounds")]
    [InlineData("Lot", "7", "Select a lot of this tender")]
    public async Task Award_WhenAnswerWrong_ShowsItsMessage(string field, string value, string message)
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Award(buyer.Organisation.Id, id));
        var answers = new Dictionary<string, string>
        {
            ["SupplierName"] = "Leeds Women's Aid", ["Value"] = "240000",
            ["AwardDate.Day"] = "1", ["AwardDate.Month"] = "3", ["AwardDate.Year"] = NoticeArrange.LastYear,
        };
        answers[field] = value;

        var result = await form.SubmitAsync(buyer.Browser, answers);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(message, result.FieldError(field));
    }

    [Fact]
    public async Task Pipeline_PublishesAPlanningReleaseWithTheApproachToMarketDate()
    {
        var buyer = await service.BuyerAsync();
        var form = NoticeArrange.ValidTender().With("Input.NoticeType", "Pipeline").With("Input.Deadline.Day", "")
            .With("Input.ApproachToMarket.Day", "1").With("Input.ApproachToMarket.Month", "9").With("Input.ApproachToMarket.Year", "2030");
        var id = await buyer.DraftAsync(form);

        await buyer.PublishAsync(id);

        var notice = await service.NoticeAsync(id);
        var release = (await service.ReleasesAsync()).Single(r => r.ReleaseId == notice.ReleaseId).Json();
        Assert.Equal(["planning"], release["tag"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("planned", (string)release["tender"]!["status"]!);
        Assert.Equal("2030-09-01T00:00:00Z", (string)release["tender"]!["tenderPeriod"]!["startDate"]!);
    }

    [Fact]
    public async Task SubContract_WhenParentOcidMissing_AsksForIt()
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, NoticeArrange.ValidTender().With("Input.NoticeType", "SubContractOpportunity"));

        Assert.Equal("Enter the ocid of the contract this sub-contract is part of, like ocds-oc0001-1a2b3c", result.FieldError("Input_ParentOcid"));
    }

    [Fact]
    public async Task SubContract_PublishesATenderReleaseLinkedToItsParentContract()
    {
        var buyer = await service.BuyerAsync();
        var parent = await service.StoreContractAsync();
        var id = await buyer.DraftAsync(ParentArrange.SubContractOf(parent));

        await buyer.PublishAsync(id);

        var notice = await service.NoticeAsync(id);
        var release = (await service.ReleasesAsync()).Single(r => r.ReleaseId == notice.ReleaseId).Json();
        Assert.Equal(["tender"], release["tag"]!.AsArray().Select(t => (string)t!));
        Assert.Equal(parent, (string)release["relatedProcesses"]![0]!["identifier"]!);
        Assert.Equal("parent", (string)release["relatedProcesses"]![0]!["relationship"]![0]!);
    }

    [Fact]
    public async Task Preview_EncodesAScriptInTheTitle()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync(NoticeArrange.ValidTender().With("Input.Title", "<script>alert(1)</script> Care"));

        var response = await buyer.Browser.GetAsync(NoticeLinks.Notice(buyer.Organisation.Id, id));
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Care", html);
    }

    private static string Ocid(Notice notice) => notice.ReleaseId![..notice.ReleaseId!.LastIndexOf('-')];
}

public sealed class PublishingOnPostgresTests(ServiceFactory service) : PublishingTests(service), IClassFixture<ServiceFactory>;

public sealed class PublishingOnSqliteTests(SqliteServiceFactory service) : PublishingTests(service), IClassFixture<SqliteServiceFactory>;
