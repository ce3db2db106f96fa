using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>
/// The public address of a document, whatever answers it: the same headers for a withdrawn document's 410 page as
/// before it became a Razor page, and only reading (GET, HEAD) answered.
/// </summary>
public sealed class PublicDocumentAddressTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task WithdrawnDocument_ForAnyone_Answers410WithNoCachingHeadersAndStoresNoCookie()
    {
        var (withdrawn, _) = await WithdrawnAndKeptAsync();

        var response = await service.CreateBrowser().GetAsync(withdrawn);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Null(response.Headers.CacheControl);
        Assert.False(response.Headers.Contains("Pragma"));
        Assert.Null(response.Headers.ETag);
        // Like every Razor page, it may clear the flash-message cookie (the layout reads it), but it never sets one.
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set.ToList() : [];
        Assert.All(cookies, c => Assert.Contains("expires=Thu, 01 Jan 1970", c));
    }

    [Fact]
    public async Task WithdrawnDocument_ForSomeoneSignedIn_Answers410MarkedNotToBeStored()
    {
        var buyer = await service.BuyerAsync();
        var (withdrawn, _) = await WithdrawnAndKeptAsync();

        var response = await buyer.Browser.GetAsync(withdrawn);

        // The layout's sign-out form carries an anti-forgery token, and a page with one must not be stored.
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { NoCache: true, NoStore: true, Public: false, MaxAge: null });
        Assert.Equal("no-cache", Assert.Single(response.Headers.GetValues("Pragma")));
    }

    [Fact]
    public async Task KeptDocument_IsSentWithItsETagAndNoCachingHeaders()
    {
        var (_, kept) = await WithdrawnAndKeptAsync();

        var response = await service.CreateBrowser().GetAsync(kept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Null(response.Headers.CacheControl);
        Assert.Equal(DocumentArrange.Pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_OfADocumentAddress_AnswersAsGetWouldWithoutABody()
    {
        var (withdrawn, kept) = await WithdrawnAndKeptAsync();
        var anyone = service.CreateBrowser();

        var gone = await anyone.SendAsync(new HttpRequestMessage(HttpMethod.Head, withdrawn));
        var there = await anyone.SendAsync(new HttpRequestMessage(HttpMethod.Head, kept));

        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, there.StatusCode);
        Assert.Equal("application/pdf", there.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await there.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Post_ToADocumentAddress_IsNotFoundAndSendsNeitherTheFileNorTheWithdrawnPage()
    {
        var (withdrawn, kept) = await WithdrawnAndKeptAsync();
        var anyone = service.CreateBrowser();

        var responses = new[] { await anyone.PostAsync(withdrawn, null), await anyone.PostAsync(kept, null) };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var page = await HtmlPage.ParseAsync(response);
            Assert.NotEqual("This document has been withdrawn", page.Heading);
            Assert.DoesNotContain("%PDF", page.Text);
        }
    }

    /// <summary>A published tender's two documents, the first withdrawn by a published amendment: their addresses.</summary>
    private async Task<(string Withdrawn, string Kept)> WithdrawnAndKeptAsync()
    {
        var buyer = await service.BuyerAsync();
        var (id, documents) = await buyer.PublishedWithDocumentsAsync("Specification", "Pricing schedule");
        await buyer.PublishWithdrawalAsync(id, documents[0]);
        var ocid = await service.OcidAsync(id);
        return (NoticeLinks.PublicDocument(ocid, documents[0]), NoticeLinks.PublicDocument(ocid, documents[1]));
    }
}
