using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Notices;
using OpenCommissioning.Ocds.Validation;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Uploading documents to drafts through the real form, and what publishing makes of them.</summary>
public abstract class NoticeDocumentTests(ServiceFactory service)
{
    [Fact]
    public async Task Upload_WhenPdf_ListsItAndStoresTheCheckedTypeAndHash()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();

        var result = await buyer.UploadAsync(id, "specification.pdf", DocumentArrange.Pdf, title: "Service specification");

        Assert.Equal(NoticeLinks.Documents(buyer.Organisation.Id, id), result.Location);
        Assert.Equal(["Service specification"], await buyer.DocumentTitlesAsync(id));
        var stored = Assert.Single(await service.DocumentsAsync(id));
        Assert.Equal("application/pdf", stored.MediaType);
        Assert.Equal("technicalSpecifications", stored.DocumentType);
        Assert.Equal(DocumentArrange.Pdf.Length, stored.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(DocumentArrange.Pdf)), stored.Sha256);
        Assert.Equal(buyer.Account.Id, stored.UploadedBy);
    }

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "empty.pdf", [], "The selected file is empty" },
        { "setup.pdf", DocumentArrange.Program, "The selected file is a program, not a document. Programs cannot be uploaded" },
        { "prices.docx", DocumentArrange.DocxWithMacros, "The selected file contains macros. Save it without macros and try again" },
        { "photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], DocumentCheck.WrongType },
        { "specification.docx", DocumentArrange.Pdf, "The selected file is a PDF but its name does not end in .pdf. Rename it and try again" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Upload_WhenFileIsRefused_ShowsWhyKeepsTheTitleAndStoresNothing(string fileName, byte[] content, string message)
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();

        var result = await buyer.UploadAsync(id, fileName, content, title: "Pricing schedule", documentType: "biddingDocuments");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal([message], result.ErrorSummary);
        Assert.Equal(message, result.FieldError("Upload"));
        Assert.Equal("#Upload", result.Document.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal("Pricing schedule", result.Value("DocumentTitle"));
        Assert.Empty(await service.DocumentsAsync(id));
    }

    [Fact]
    public async Task Upload_WhenTitleMissing_AsksForIt()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();

        var result = await buyer.UploadAsync(id, "lots.csv", DocumentArrange.Csv, title: " ");

        Assert.Equal("Enter a title for the document", result.FieldError("DocumentTitle"));
        Assert.Empty(await service.DocumentsAsync(id));
    }

    [Fact]
    public async Task Remove_TakesTheDocumentOffTheDraft()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.UploadPdfAsync(id, "Keep me");
        var removed = await buyer.UploadPdfAsync(id, "Remove me");
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Documents(buyer.Organisation.Id, id));

        var result = await page.SubmitAsync(buyer.Browser, new Dictionary<string, string> { ["documentId"] = removed.ToString() }, "form.app-remove-document");

        Assert.Equal(NoticeLinks.Documents(buyer.Organisation.Id, id), result.Location);
        Assert.Equal(["Keep me"], await buyer.DocumentTitlesAsync(id));
    }

    [Fact]
    public async Task Publish_ListsTheDocumentsInTheTenderReleaseWhichStillValidates()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        var documentId = await buyer.UploadPdfAsync(id);

        await buyer.PublishAsync(id);

        var notice = await service.NoticeAsync(id);
        var release = (await service.ReleasesAsync()).Single(r => r.ReleaseId == notice.ReleaseId).Json();
        Assert.DoesNotContain(new OcdsValidator().ValidateRelease(release, NoticeRelease.Extensions), f => f.Severity == Severity.Error);
        var document = Assert.Single(release["tender"]!["documents"]!.AsArray())!;
        var ocid = (string)release["ocid"]!;
        Assert.Equal(documentId.ToString("N"), (string)document["id"]!);
        Assert.Equal("technicalSpecifications", (string)document["documentType"]!);
        Assert.Equal("Specification", (string)document["title"]!);
        Assert.Equal($"https://localhost/notices/{ocid}/documents/{documentId:N}", (string)document["url"]!);
        Assert.Equal("application/pdf", (string)document["format"]!);
        Assert.Equal((string)release["date"]!, (string)document["datePublished"]!);
    }

    [Fact]
    public async Task Download_WhenPublished_SendsTheDocumentToAnyoneAsAnAttachment()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        var documentId = await buyer.UploadPdfAsync(id);
        await buyer.PublishAsync(id);
        var url = NoticeLinks.PublicDocument(await service.OcidAsync(id), documentId);

        var response = await service.CreateBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocumentArrange.Pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("specification.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(DocumentArrange.Pdf))}\"", response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Download_WhenETagMatches_AnswersNotModified()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        var documentId = await buyer.UploadPdfAsync(id);
        await buyer.PublishAsync(id);
        var url = NoticeLinks.PublicDocument(await service.OcidAsync(id), documentId);
        var browser = service.CreateBrowser();
        var etag = (await browser.GetAsync(url)).Headers.ETag!;

        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Download_WhenDraftOtherOcidOrUnknownId_IsNotFound()
    {
        var buyer = await service.BuyerAsync();
        var draft = await buyer.DraftAsync();
        var draftDocument = await buyer.UploadPdfAsync(draft);
        var published = await buyer.DraftAsync();
        var publishedDocument = await buyer.UploadPdfAsync(published);
        await buyer.PublishAsync(published);
        var anyone = service.CreateBrowser();

        var responses = new[]
        {
            await anyone.GetAsync(NoticeLinks.PublicDocument(await service.OcidAsync(draft), draftDocument)),
            await anyone.GetAsync(NoticeLinks.PublicDocument(await service.OcidAsync(draft), publishedDocument)),
            await anyone.GetAsync(NoticeLinks.PublicDocument(await service.OcidAsync(published), Guid.NewGuid())),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.All(responses, r => Assert.NotEqual(DocumentArrange.Pdf, r.Content.ReadAsByteArrayAsync().Result));
    }

    [Fact]
    public async Task PublicNoticePage_LinksThePublishedDocument()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        var documentId = await buyer.UploadPdfAsync(id, "Service specification");
        await buyer.PublishAsync(id);
        await service.RunJobsAsync();
        var ocid = await service.OcidAsync(id);

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/notices/" + ocid);

        var link = Assert.Single(page.Document.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Service specification");
        Assert.Equal($"https://localhost/notices/{ocid}/documents/{documentId:N}", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Amend_WithANewDocument_ListsItInTheAmendmentRelease()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.UploadPdfAsync(id, "Specification");
        await buyer.PublishAsync(id);
        var amend = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, id));
        var drafted = await amend.SubmitAsync(buyer.Browser, new Dictionary<string, string> { ["Rationale"] = "Answers to providers' questions added" });
        var amendmentId = Guid.Parse(drafted.Location!.Split('/').Last());

        var added = await buyer.UploadPdfAsync(amendmentId, "Answers to questions");
        await buyer.PublishAsync(amendmentId);

        var amendment = await service.NoticeAsync(amendmentId);
        var release = (await service.ReleasesAsync()).Single(r => r.ReleaseId == amendment.ReleaseId).Json();
        Assert.Equal(["tenderAmendment"], release["tag"]!.AsArray().Select(t => (string)t!));
        var document = Assert.Single(release["tender"]!["documents"]!.AsArray())!;
        Assert.Equal(added.ToString("N"), (string)document["id"]!);
        Assert.DoesNotContain(new OcdsValidator().ValidateRelease(release, NoticeRelease.Extensions), f => f.Severity == Severity.Error);
    }

    [Fact]
    public async Task DocumentsPage_OfAPublishedNotice_SendsTheBuyerBackAndRefusesUploads()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        var upload = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Documents(buyer.Organisation.Id, id));
        await buyer.PublishAsync(id);

        var get = await buyer.Browser.GetAsync(NoticeLinks.Documents(buyer.Organisation.Id, id));
        var post = await upload.PostUploadAsync(buyer.Browser, "late.pdf", DocumentArrange.Pdf, new() { ["DocumentTitle"] = "Late" });

        Assert.Equal(NoticeLinks.Notice(buyer.Organisation.Id, id), get.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Empty(await service.DocumentsAsync(id));
    }

    [Fact]
    public async Task Upload_WhenFileNameHoldsAScriptAndFolders_KeepsASafeNameAndEncodesIt()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();

        await buyer.UploadAsync(id, "../../<img src=x onerror=alert(1)>\u202Egpj.pdf", DocumentArrange.Pdf, title: "<script>alert(1)</script>");

        var stored = Assert.Single(await service.DocumentsAsync(id));
        Assert.Equal("img src=x onerror=alert(1)gpj.pdf", stored.FileName);
        var html = await (await buyer.Browser.GetAsync(NoticeLinks.Documents(buyer.Organisation.Id, id))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        var download = await buyer.Browser.GetAsync(NoticeLinks.DraftDocument(buyer.Organisation.Id, id, stored.Id));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.DoesNotContain("/", download.Content.Headers.ContentDisposition!.FileNameStar);
    }
}

public sealed class NoticeDocumentsOnPostgresTests(ServiceFactory service) : NoticeDocumentTests(service), IClassFixture<ServiceFactory>;

public sealed class NoticeDocumentsOnSqliteTests(SqliteServiceFactory service) : NoticeDocumentTests(service), IClassFixture<SqliteServiceFactory>;

public static class NoticeDocumentRows
{
    public static Task<List<NoticeDocument>> DocumentsAsync(this ServiceFactory service, Guid noticeId) =>
        service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<NoticeDocument>().AsNoTracking().Where(d => d.NoticeId == noticeId).ToListAsync());

    public static Task<string> OcidAsync(this ServiceFactory service, Guid noticeId) =>
        service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var notice = await db.Set<Notice>().AsNoTracking().SingleAsync(n => n.Id == noticeId);
            return (await db.Set<Procurement>().AsNoTracking().SingleAsync(p => p.Id == notice.ProcurementId)).Ocid;
        });
}
