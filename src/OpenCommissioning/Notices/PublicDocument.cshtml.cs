using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenCommissioning.Notices;

/// <summary>
/// A published notice's document, for anyone, at the address its release gives. A draft's document, a document of
/// another procurement and an unknown id all answer the same 404, so nothing can be learnt by guessing. A document
/// withdrawn by a published amendment answers 410 Gone with this page, saying when and why, and never the file.
/// It is the one page in this folder open to everyone: see <see cref="Conventions"/>.
/// </summary>
public sealed class PublicDocumentModel(NoticeDocuments documents, DocumentWithdrawals withdrawals) : PageModel
{
    public const string PagePath = "/Notices/PublicDocument";

    public string Ocid { get; private set; } = "";
    public WithdrawnDocument Withdrawn { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string ocid, Guid documentId, CancellationToken cancellationToken)
    {
        if (await withdrawals.PublishedAsync(ocid, documentId, cancellationToken) is { } withdrawn)
        {
            (Ocid, Withdrawn) = (ocid, withdrawn);
            var gone = Page();
            gone.StatusCode = StatusCodes.Status410Gone;
            return gone;
        }
        return await documents.PublishedAsync(ocid, documentId, cancellationToken) is { } document ? DocumentDownload.Send(document) : NotFound();
    }
}
