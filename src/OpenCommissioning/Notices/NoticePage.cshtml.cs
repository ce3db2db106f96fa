using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Organisations;

namespace OpenCommissioning.Notices;

/// <summary>
/// The buyer's view of one notice: a draft is previewed exactly as the public will see it; a published notice
/// shows the procurement's history of notices and what can be done next (amend, cancel).
/// </summary>
public sealed class NoticePageModel(NoticeBook book, NoticeDocuments documents, DocumentWithdrawals withdrawals) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;
    public Notice Notice { get; private set; } = null!;
    public Procurement Procurement { get; private set; } = null!;
    public IReadOnlyList<Notice> History { get; private set; } = [];
    public bool CanAmend { get; private set; }
    public bool IsCancelled { get; private set; }
    public IReadOnlyList<DocumentSummary> Documents { get; private set; } = [];
    public bool AcceptsDocuments => NoticeDocuments.Accepts(Notice);

    /// <summary>For an amendment: the earlier documents it withdraws (once published) or will withdraw (while a draft).</summary>
    public IReadOnlyList<WithdrawnDocument> Withdrawing { get; private set; } = [];

    /// <summary>This notice's own documents that a published amendment has since withdrawn.</summary>
    public IReadOnlyDictionary<Guid, WithdrawnDocument> Withdrawn { get; private set; } = new Dictionary<Guid, WithdrawnDocument>();

    /// <summary>A published award whose contract can now be told of.</summary>
    public bool CanPublishContract { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid noticeId)
    {
        if (await book.OrganisationAsync(organisationId) is not { } organisation) return NotFound();
        if (await book.FindAsync(organisationId, noticeId) is not { } found) return NotFound();
        Organisation = organisation;
        (Notice, Procurement) = found;
        History = NoticeBook.History(Procurement);
        IsCancelled = NoticeDrafts.IsCancelled(Procurement);
        Documents = await documents.ListAsync(noticeId);
        if (Notice.IsAmendment) Withdrawing = await withdrawals.OfNoticeAsync(Notice);
        if (Notice.Status == NoticeStatus.Published && Documents.Count > 0)
            Withdrawn = (await withdrawals.PublishedAsync(Procurement.Ocid)).ToDictionary(w => w.DocumentId);
        CanPublishContract = !IsCancelled && Notice.Type == NoticeType.Award && Notice.Status == NoticeStatus.Published
            && !Procurement.Notices.Any(n => n.Type == NoticeType.Contract && n.Details.Contract?.AwardNoticeId == Notice.Id);
        CanAmend = !IsCancelled && NoticeDrafts.Current(Procurement)?.Id == Notice.Id && DraftTypes.Read(Notice.Type.ToString()) is not null;
        return Page();
    }

    public static string Describe(Notice notice) =>
        notice.IsAmendment ? $"Amendment to the {notice.Type.DisplayName().ToLowerInvariant()}" : notice.Type.DisplayName();
}
