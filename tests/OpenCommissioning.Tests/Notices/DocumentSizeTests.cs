using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>
/// A document as big as the limit gets through to our check; one byte more is refused in words; a body far bigger
/// is refused with the 413 page before it is read, or, sent without its length, as soon as it runs past the limit.
/// </summary>
public sealed class DocumentSizeTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task Upload_WhenExactly25MB_IsAccepted()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();

        var result = await buyer.UploadAsync(id, "tender-pack.pdf", DocumentArrange.PdfOfSize(DocumentCheck.MaxBytes));

        Assert.Equal(NoticeLinks.Documents(buyer.Organisation.Id, id), result.Location);
        Assert.Equal(DocumentCheck.MaxBytes, Assert.Single(await service.DocumentsAsync(id)).Size);
    }

    [Fact]
    public async Task Upload_WhenOneByteOver25MB_SaysHowBigItMayBe()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();

        var result = await buyer.UploadAsync(id, "tender-pack.pdf", DocumentArrange.PdfOfSize(DocumentCheck.MaxBytes + 1));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("The selected file must be smaller than 25 MB", result.FieldError("Upload"));
        Assert.Empty(await service.DocumentsAsync(id));
    }

    [Fact]
    public async Task Upload_WhenBodyFarBiggerThanTheLimit_AnswersTheTooBigPage()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Documents(buyer.Organisation.Id, id));

        var result = await page.PostUploadAsync(buyer.Browser, "huge.pdf", DocumentArrange.PdfOfSize(40L * 1024 * 1024), new() { ["DocumentTitle"] = "Huge" });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.Status);
        Assert.Equal("The file you sent is too big", result.Heading);
        Assert.Empty(await service.DocumentsAsync(id));
    }

    [Fact]
    public async Task Upload_WhenBodyWithoutItsLengthRunsPastTheLimit_AnswersTheTooBigPage()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Documents(buyer.Organisation.Id, id));

        var result = await page.PostUploadAsync(buyer.Browser, "huge.pdf", DocumentArrange.PdfOfSize(40L * 1024 * 1024),
            new() { ["DocumentTitle"] = "Huge" }, withoutLength: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.Status);
        Assert.Equal("The file you sent is too big", result.Heading);
        Assert.Empty(await service.DocumentsAsync(id));
    }

    [Fact]
    public async Task Upload_WhenBodyWithoutItsLengthIsWithinTheLimit_IsAccepted()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Documents(buyer.Organisation.Id, id));

        var result = await page.PostUploadAsync(buyer.Browser, "tender-pack.pdf", DocumentArrange.PdfOfSize(DocumentCheck.MaxBytes),
            new() { ["DocumentTitle"] = "Tender pack", ["DocumentType"] = "technicalSpecifications" }, withoutLength: true);

        Assert.Equal(NoticeLinks.Documents(buyer.Organisation.Id, id), result.Location);
        Assert.Equal(DocumentCheck.MaxBytes, Assert.Single(await service.DocumentsAsync(id)).Size);
    }
}
