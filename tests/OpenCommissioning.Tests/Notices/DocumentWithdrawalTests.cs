using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Notices;
using OpenCommissioning.Ocds.Validation;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Layout;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>
/// Withdrawing a published document through an amendment: what the release, the public notice page and the
/// document's address say once the amendment is published, and that a draft amendment changes nothing.
/// </summary>
public abstract class DocumentWithdrawalTests(ServiceFactory service)
{
    [Fact]
    public async Task PublishedAmendment_RestatesTheWithdrawnDocumentByIdInAValidRelease()
    {
        var buyer = await service.BuyerAsync();
        var (id, documents) = await buyer.PublishedWithDocumentsAsync("Specification", "Pricing schedule");

        var amendmentId = await buyer.PublishWithdrawalAsync(id, documents[0]);

        var amendment = await service.NoticeAsync(amendmentId);
        var release = (await service.ReleasesAsync()).Single(r => r.ReleaseId == amendment.ReleaseId).Json();
        Assert.DoesNotContain(new OcdsValidator().ValidateRelease(release, NoticeRelease.Extensions), f => f.Severity == Severity.Error);
        var restated = Assert.Single(release["tender"]!["documents"]!.AsArray())!;
        Assert.Equal(documents[0].ToString("N"), (string)restated["id"]!);
        Assert.Equal($"Withdrawn on {UkTime.Date(amendment.PublishedAt!.Value)}. Reason: {WithdrawalArrange.Reason}", (string)restated["description"]!);
        Assert.Equal(NoticeRelease.Time(amendment.PublishedAt.Value), (string)restated["dateModified"]!);
        // Merged by id, the compiled release keeps the document's address and gains its withdrawal.
        var ocid = await service.OcidAsync(id);
        var compiled = await service.WithScopeAsync(s => s.GetRequiredService<ReleaseStore>().CompiledReleaseAsync(ocid));
        var merged = compiled!["tender"]!["documents"]!.AsArray().Single(d => (string)d!["id"]! == documents[0].ToString("N"))!;
        Assert.EndsWith(NoticeLinks.PublicDocument(ocid, documents[0]), (string)merged["url"]!);
        Assert.StartsWith("Withdrawn on ", (string)merged["description"]!);
        Assert.Null(compiled["tender"]!["documents"]!.AsArray().Single(d => (string)d!["id"]! == documents[1].ToString("N"))!["description"]);
    }

    [Fact]
    public async Task PublicNoticePage_AfterWithdrawal_ListsItUnderWithdrawnDocumentsWithDateAndReason()
    {
        var buyer = await service.BuyerAsync();
        var (id, documents) = await buyer.PublishedWithDocumentsAsync("Specification", "Pricing schedule");
        var amendment = await service.NoticeAsync(await buyer.PublishWithdrawalAsync(id, documents[0]));
        await service.RunJobsAsync();

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/notices/" + await service.OcidAsync(id));

        var current = page.Document.QuerySelectorAll("main ul.govuk-list:not(#withdrawn-documents) a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Pricing schedule", current);
        Assert.DoesNotContain("Specification", current);
        Assert.Contains(page.Document.QuerySelectorAll("h2"), h => h.TextContent.Trim() == "Withdrawn documents");
        var withdrawn = Assert.Single(page.Document.QuerySelectorAll("#withdrawn-documents li"));
        Assert.Equal($"Specification: withdrawn on {UkTime.Date(amendment.PublishedAt!.Value)}. Reason: {WithdrawalArrange.Reason}", withdrawn.TextContent.Trim());
        Assert.Empty(withdrawn.QuerySelectorAll("a"));
    }

    [Fact]
    public async Task PublicDownload_OfAWithdrawnDocument_Answers410WithAPageSayingWhenNotTheFile()
    {
        var buyer = await service.BuyerAsync();
        var (id, documents) = await buyer.PublishedWithDocumentsAsync("Specification", "Pricing schedule");
        var amendment = await service.NoticeAsync(await buyer.PublishWithdrawalAsync(id, documents[0]));
        var ocid = await service.OcidAsync(id);
        var anyone = service.CreateBrowser();

        var gone = await HtmlPage.GetAsync(anyone, NoticeLinks.PublicDocument(ocid, documents[0]));
        var kept = await anyone.GetAsync(NoticeLinks.PublicDocument(ocid, documents[1]));

        Assert.Equal(HttpStatusCode.Gone, gone.Status);
        Assert.Equal("text/html", gone.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("This document has been withdrawn", gone.Heading);
        Assert.Equal($"Specification was withdrawn by the buyer on {UkTime.Date(amendment.PublishedAt!.Value)}.",
            gone.Document.GetElementById("withdrawn")!.TextContent.Trim());
        Assert.Contains(WithdrawalArrange.Reason, gone.Document.GetElementById("withdrawal-reason")!.TextContent);
        Assert.Contains("This document has been withdrawn", gone.Title);
        Assert.Single(gone.Document.QuerySelectorAll("header.govuk-template__header")); // in the service's layout, not bare text
        Assert.DoesNotContain("%PDF", gone.Text);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(DocumentArrange.Pdf, await kept.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task DraftAmendment_ThatWithdrawsADocument_ChangesNothingForThePublic()
    {
        var buyer = await service.BuyerAsync();
        var (id, documents) = await buyer.PublishedWithDocumentsAsync("Specification");
        var drafted = await buyer.AmendWithdrawingAsync(id, documents);
        var amendmentId = Guid.Parse(drafted.Location!.Split('/').Last());
        await service.RunJobsAsync();
        var ocid = await service.OcidAsync(id);

        var download = await service.CreateBrowser().GetAsync(NoticeLinks.PublicDocument(ocid, documents[0]));
        var notice = await HtmlPage.GetAsync(service.CreateBrowser(), "/notices/" + ocid);
        var preview = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Notice(buyer.Organisation.Id, amendmentId));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(DocumentArrange.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Null(notice.Document.GetElementById("withdrawn-documents"));
        Assert.Contains(notice.Document.QuerySelectorAll("main a"), a => a.TextContent.Trim() == "Specification");
        Assert.Equal($"Specification: to be withdrawn when this amendment is published. Reason: {WithdrawalArrange.Reason}",
            preview.Document.QuerySelector("#withdrawn-documents li")!.TextContent.Trim());
    }

    [Fact]
    public async Task BuyersView_OfTheFirstNotice_MarksTheWithdrawnDocumentAndTheAuditSaysWhoAndWhy()
    {
        var buyer = await service.BuyerAsync();
        var (id, documents) = await buyer.PublishedWithDocumentsAsync("Specification", "Pricing schedule");
        await buyer.PublishWithdrawalAsync(id, documents[0]);

        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Notice(buyer.Organisation.Id, id));

        var marked = page.Document.QuerySelectorAll("#notice-documents li")
            .Where(li => li.QuerySelector(".govuk-tag")?.TextContent.Trim() == "Withdrawn").Select(li => li.QuerySelector("a")!.TextContent.Trim());
        Assert.Equal(["Specification"], marked);
        var ocid = await service.OcidAsync(id);
        var audit = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .Where(e => e.Subject == ocid && e.Action == DocumentWithdrawals.WithdrawnAction).Select(e => new { e.ActorId, e.Detail })
            .ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(buyer.Account.Id, entry.ActorId);
        Assert.Equal($"Document withdrawn: Specification ({WithdrawalArrange.Reason})", entry.Detail);
    }

    [Fact]
    public async Task NextAmendment_DoesNotOfferADocumentAlreadyWithdrawn()
    {
        var buyer = await service.BuyerAsync();
        var (id, documents) = await buyer.PublishedWithDocumentsAsync("Specification", "Pricing schedule");
        var amendmentId = await buyer.PublishWithdrawalAsync(id, documents[0]);

        var next = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, amendmentId));

        Assert.Equal([documents[1].ToString()], next.OfferedForWithdrawal());
    }
}

public sealed class DocumentWithdrawalOnPostgresTests(ServiceFactory service) : DocumentWithdrawalTests(service), IClassFixture<ServiceFactory>;

public sealed class DocumentWithdrawalOnSqliteTests(SqliteServiceFactory service) : DocumentWithdrawalTests(service), IClassFixture<SqliteServiceFactory>;
