using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Tries to list, upload, remove and download another buyer's draft documents, by address and by posted ids.</summary>
public sealed class DocumentBreakInTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task OtherBuyer_CannotListUploadRemoveOrDownloadByAddress()
    {
        var a = await service.BuyerAsync();
        var b = await service.BuyerAsync();
        var draft = await a.DraftAsync();
        var documentId = await a.UploadPdfAsync(draft, "Confidential pricing");
        var token = await TokenAsync(b);

        var list = await b.Browser.GetAsync(NoticeLinks.Documents(a.Organisation.Id, draft));
        var download = await b.Browser.GetAsync(NoticeLinks.DraftDocument(a.Organisation.Id, draft, documentId));
        var remove = await b.Browser.PostAsync(NoticeLinks.Documents(a.Organisation.Id, draft) + "?handler=Remove",
            Form(token, ("documentId", documentId.ToString())));
        var upload = await b.Browser.PostAsync(NoticeLinks.Documents(a.Organisation.Id, draft), Upload(token));

        foreach (var response in new[] { list, download, remove, upload })
        {
            Assert.True(Refused(response), $"{response.RequestMessage!.RequestUri} answered {response.StatusCode}");
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.DoesNotContain("Confidential pricing", System.Text.Encoding.UTF8.GetString(body));
            Assert.NotEqual(DocumentArrange.Pdf, body);
        }
        Assert.Equal(["Confidential pricing"], (await service.DocumentsAsync(draft)).Select(d => d.Title));
    }

    [Fact]
    public async Task OtherBuyer_PostingAnotherBuyersIdsUnderTheirOwnAddress_FindsNothing()
    {
        var a = await service.BuyerAsync();
        var b = await service.BuyerAsync();
        var draft = await a.DraftAsync();
        var documentId = await a.UploadPdfAsync(draft);
        var own = await b.DraftAsync();
        var token = await TokenAsync(b);

        var listTheirs = await b.Browser.GetAsync(NoticeLinks.Documents(b.Organisation.Id, draft));
        var uploadTheirs = await b.Browser.PostAsync(NoticeLinks.Documents(b.Organisation.Id, draft), Upload(token));
        var removeTheirsFromOwn = await b.Browser.PostAsync(NoticeLinks.Documents(b.Organisation.Id, own) + "?handler=Remove",
            Form(token, ("documentId", documentId.ToString())));
        var downloadTheirsFromOwn = await b.Browser.GetAsync(NoticeLinks.DraftDocument(b.Organisation.Id, own, documentId));

        Assert.Equal(HttpStatusCode.NotFound, listTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, uploadTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removeTheirsFromOwn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, downloadTheirsFromOwn.StatusCode);
        Assert.Single(await service.DocumentsAsync(draft));
        Assert.Empty(await service.DocumentsAsync(own));
    }

    [Fact]
    public async Task EvaluatorAndProvider_CannotReachDocuments()
    {
        var officer = await service.BuyerAsync();
        var draft = await officer.DraftAsync();
        var documentId = await officer.UploadPdfAsync(draft);
        var evaluator = await service.AddMemberAsync(officer.Organisation, OrganisationRole.Evaluator);
        var evaluatorBrowser = service.CreateBrowser();
        var email = (await service.RowsAsync<OpenCommissioning.Accounts.Account>()).Single(x => x.Id == evaluator.AccountId).Email!;
        await evaluatorBrowser.SignInAsync(email);
        var provider = await service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.OrganisationAdministrator);

        foreach (var browser in new[] { evaluatorBrowser, provider.Browser })
        {
            var list = await browser.GetAsync(NoticeLinks.Documents(officer.Organisation.Id, draft));
            var download = await browser.GetAsync(NoticeLinks.DraftDocument(officer.Organisation.Id, draft, documentId));

            Assert.True(Refused(list), $"documents page answered {list.StatusCode}");
            Assert.True(Refused(download), $"download answered {download.StatusCode}");
            Assert.NotEqual(DocumentArrange.Pdf, await download.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Anonymous_CannotReachADraftsDocumentAnywhere()
    {
        var buyer = await service.BuyerAsync();
        var draft = await buyer.DraftAsync();
        var documentId = await buyer.UploadPdfAsync(draft);
        var anyone = service.CreateBrowser();

        var page = await anyone.GetAsync(NoticeLinks.DraftDocument(buyer.Organisation.Id, draft, documentId));
        var open = await anyone.GetAsync(NoticeLinks.PublicDocument(await service.OcidAsync(draft), documentId));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/sign-in", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
    }

    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || response.Headers.Location?.OriginalString.Contains("/error/403", StringComparison.Ordinal) == true
        || response.Headers.Location?.OriginalString.Contains("/sign-in", StringComparison.Ordinal) == true;

    private static async Task<string> TokenAsync(SignedInMember member)
    {
        var page = await HtmlPage.GetAsync(member.Browser, NoticeLinks.NewTender(member.Organisation.Id));
        return page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));

    private static MultipartFormDataContent Upload(string token)
    {
        var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Planted"), "DocumentTitle" },
            { new StringContent("biddingDocuments"), "DocumentType" },
        };
        body.Add(new ByteArrayContent(DocumentArrange.Pdf), "Upload", "planted.pdf");
        return body;
    }
}
