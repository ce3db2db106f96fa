using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Organisations;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Notices;

/// <summary>
/// The documents of a draft notice: upload one with a title and kind, remove one, or download one to check it.
/// A published notice's documents are public and fixed; this page then sends the buyer back to the notice.
/// </summary>
[DocumentUploadLimit]
[FormAnswerLimit]
public sealed class DocumentsModel(NoticeBook book, NoticeDocuments documents, AppDbContext db) : PageModel
{
    [BindProperty] public string? DocumentTitle { get; set; }
    [BindProperty] public string? DocumentType { get; set; } = DocumentTypes.BiddingDocuments;
    [BindProperty] public IFormFile? Upload { get; set; }

    public Organisation Organisation { get; private set; } = null!;
    public Notice Notice { get; private set; } = null!;
    public IReadOnlyList<DocumentSummary> Documents { get; private set; } = [];
    public long MaxBytes => documents.MaxBytes;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid noticeId)
    {
        if (await LoadAsync(organisationId, noticeId) is not { } found) return NotFound();
        return NoticeDocuments.Accepts(found.Notice) ? Page() : Redirect(NoticeLinks.Notice(organisationId, noticeId));
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid noticeId)
    {
        if (await LoadAsync(organisationId, noticeId) is not { } found || !NoticeDocuments.Accepts(found.Notice)) return NotFound();
        var title = (DocumentTitle ?? "").Trim();
        if (title.Length == 0) ModelState.AddModelError(nameof(DocumentTitle), "Enter a title for the document");
        else if (title.Length > NoticeDocument.TitleMaxLength) ModelState.AddModelError(nameof(DocumentTitle), $"Title must be {NoticeDocument.TitleMaxLength} characters or fewer");
        if (!DocumentTypes.IsKnown(DocumentType)) ModelState.AddModelError(nameof(DocumentType), "Select what kind of document this is");
        if (Documents.Count >= ListLimits.Documents) { ModelState.AddModelError(nameof(Upload), ListLimits.TooManyDocuments); return Page(); }
        var content = await ReadAsync();
        if (!ModelState.IsValid || content is null) return Page();

        var (_, error) = documents.Add(found, TenderForm.AccountId(User), title, DocumentType!, Upload!.FileName, content);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Upload), error);
            return Page();
        }
        await db.SaveChangesAsync();
        TempData["Notice"] = $"“{title}” uploaded";
        return Redirect(NoticeLinks.Documents(organisationId, noticeId));
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid organisationId, Guid noticeId, Guid documentId)
    {
        if (await LoadAsync(organisationId, noticeId) is not { } found) return NotFound();
        if (!await documents.RemoveAsync(found, documentId, TenderForm.AccountId(User))) return NotFound();
        await db.SaveChangesAsync();
        TempData["Notice"] = "Document removed";
        return Redirect(NoticeLinks.Documents(organisationId, noticeId));
    }

    /// <summary>The buyer's own staff may download a draft's document to check what they uploaded.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid organisationId, Guid noticeId, Guid documentId)
    {
        if (await LoadAsync(organisationId, noticeId) is null) return NotFound();
        if (await documents.OfNoticeAsync(noticeId, documentId) is not { } document) return NotFound();
        return DocumentDownload.Send(document);
    }

    /// <summary>The file's bytes, or null with the reason in ModelState; a file over the limit is not read at all.</summary>
    private async Task<byte[]?> ReadAsync()
    {
        if (Upload is null) { ModelState.AddModelError(nameof(Upload), "Select a file to upload"); return null; }
        if (Upload.Length == 0) { ModelState.AddModelError(nameof(Upload), DocumentCheck.Empty); return null; }
        if (Upload.Length > MaxBytes) { ModelState.AddModelError(nameof(Upload), DocumentCheck.TooBig(MaxBytes)); return null; }
        using var buffer = new MemoryStream((int)Upload.Length);
        await Upload.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private async Task<NoticeInProcurement?> LoadAsync(Guid organisationId, Guid noticeId)
    {
        if (await book.OrganisationAsync(organisationId) is not { } organisation) return null;
        if (await book.FindAsync(organisationId, noticeId) is not { } found) return null;
        (Organisation, Notice) = (organisation, found.Notice);
        Documents = await documents.ListAsync(noticeId);
        return found;
    }
}
