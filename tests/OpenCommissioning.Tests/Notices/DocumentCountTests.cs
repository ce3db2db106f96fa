using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Notices;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>A draft holds up to <see cref="ListLimits.Documents"/> documents; one more is refused with its own message.</summary>
public sealed class DocumentCountTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    [Fact]
    public async Task Upload_WhenDraftHoldsTheMostDocuments_RefusesTheNextAndStoresNothing()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await StoreDocumentsAsync(id, buyer.Account.Id, ListLimits.Documents - 1);
        var last = await buyer.UploadAsync(id, "specification.pdf", DocumentArrange.Pdf, title: "The last one");

        var result = await buyer.UploadAsync(id, "specification.pdf", DocumentArrange.Pdf, title: "One too many");

        Assert.Equal(NoticeLinks.Documents(buyer.Organisation.Id, id), last.Location);
        Assert.Equal(ListLimits.TooManyDocuments, result.FieldError("Upload"));
        Assert.Contains(ListLimits.TooManyDocuments, result.ErrorSummary);
        var stored = await service.DocumentsAsync(id);
        Assert.Equal(ListLimits.Documents, stored.Count);
        Assert.DoesNotContain(stored, d => d.Title == "One too many");
    }

    /// <summary>Documents stored straight into the database: uploading fifty through the form would only slow the test.</summary>
    private Task StoreDocumentsAsync(Guid noticeId, Guid accountId, int count) =>
        service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            for (var i = 0; i < count; i++)
                db.Add(new NoticeDocument
                {
                    NoticeId = noticeId, Title = $"Document {i + 1}", FileName = "specification.pdf", MediaType = "application/pdf",
                    Size = DocumentArrange.Pdf.Length, Sha256 = "", Content = DocumentArrange.Pdf, UploadedAt = DateTimeOffset.UtcNow, UploadedBy = accountId,
                });
            await db.SaveChangesAsync();
        });
}
