using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Tries to withdraw another buyer's published documents: by posted ids, by address, and without signing in.</summary>
public sealed class DocumentWithdrawalBreakInTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task OtherBuyer_PostingAnotherBuyersDocumentIdsOnTheirOwnAmendment_WithdrawsNothing()
    {
        var a = await service.BuyerAsync();
        var b = await service.BuyerAsync();
        var (aNotice, aDocuments) = await a.PublishedWithDocumentsAsync("Specification");
        var (bNotice, _) = await b.PublishedWithDocumentsAsync("Own specification");
        var form = await HtmlPage.GetAsync(b.Browser, NoticeLinks.Amend(b.Organisation.Id, bNotice));
        var box = (AngleSharp.Html.Dom.IHtmlInputElement)form.Document.QuerySelector("input[name=WithdrawDocuments]")!;
        box.Value = aDocuments[0].ToString();
        box.IsChecked = true;

        var result = await form.SubmitAsync(b.Browser, new Dictionary<string, string>
        {
            ["Rationale"] = "Tidying up", ["WithdrawalReason"] = "Not wanted",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Choose only documents listed for this notice", result.FieldError("WithdrawDocuments"));
        Assert.DoesNotContain(await service.WithdrawalsAsync(), w => w.DocumentId == aDocuments[0]);
        Assert.Equal(1, await service.ProcurementNoticesAsync(bNotice));
        var download = await service.CreateBrowser().GetAsync(NoticeLinks.PublicDocument(await service.OcidAsync(aNotice), aDocuments[0]));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }

    [Fact]
    public async Task OtherBuyer_PostingToAnotherBuyersAmendAddress_IsRefusedAndWithdrawsNothing()
    {
        var a = await service.BuyerAsync();
        var b = await service.BuyerAsync();
        var (aNotice, aDocuments) = await a.PublishedWithDocumentsAsync("Specification");
        var token = await TokenAsync(b.Browser, NoticeLinks.NewTender(b.Organisation.Id));

        var byAddress = await b.Browser.PostAsync(NoticeLinks.Amend(a.Organisation.Id, aNotice), Withdrawing(token, aDocuments[0]));
        var underOwn = await b.Browser.PostAsync(NoticeLinks.Amend(b.Organisation.Id, aNotice), Withdrawing(token, aDocuments[0]));

        Assert.True(Refused(byAddress), $"answered {byAddress.StatusCode}");
        Assert.Equal(HttpStatusCode.NotFound, underOwn.StatusCode);
        Assert.DoesNotContain(await service.WithdrawalsAsync(), w => w.DocumentId == aDocuments[0]);
        Assert.Equal(1, await service.ProcurementNoticesAsync(aNotice));
    }

    [Fact]
    public async Task Anonymous_PostingAWithdrawal_IsSentToSignInAndWithdrawsNothing()
    {
        var a = await service.BuyerAsync();
        var (aNotice, aDocuments) = await a.PublishedWithDocumentsAsync("Specification");
        var anyone = service.CreateBrowser();
        var token = await TokenAsync(anyone, "/search");

        var post = await anyone.PostAsync(NoticeLinks.Amend(a.Organisation.Id, aNotice), Withdrawing(token, aDocuments[0]));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/sign-in", post.Headers.Location!.OriginalString);
        Assert.DoesNotContain(await service.WithdrawalsAsync(), w => w.DocumentId == aDocuments[0]);
        Assert.Equal(1, await service.ProcurementNoticesAsync(aNotice));
    }

    private static FormUrlEncodedContent Withdrawing(string token, Guid documentId) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token, ["Rationale"] = "Tidying up", ["Input.Title"] = "Taken over",
        ["WithdrawDocuments"] = documentId.ToString(), ["WithdrawalReason"] = "Not wanted",
    });

    /// <summary>A valid anti-forgery token for this browser, from any page with a form; an empty one if the page has none.</summary>
    private static async Task<string> TokenAsync(HttpClient browser, string url) =>
        (await HtmlPage.GetAsync(browser, url)).Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";

    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || response.Headers.Location?.OriginalString.Contains("/error/403", StringComparison.Ordinal) == true
        || response.Headers.Location?.OriginalString.Contains("/sign-in", StringComparison.Ordinal) == true;
}
