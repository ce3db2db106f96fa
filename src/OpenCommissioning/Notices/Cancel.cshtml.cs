using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Notices;

/// <summary>Drafts a cancellation notice with its reason; it is published, after confirmation, like any notice.</summary>
[FormAnswerLimit]
public sealed class CancelModel(NoticeBook book, NoticeDrafts drafts, AppDbContext db) : PageModel
{
    public const int ReasonMaxLength = 2000;

    [BindProperty]
    public string? Reason { get; set; }

    public Notice Notice { get; private set; } = null!;
    public Guid OrganisationId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid noticeId) =>
        await LoadAsync(organisationId, noticeId) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid noticeId)
    {
        if (await LoadAsync(organisationId, noticeId) is not { } found) return NotFound();
        var reason = (Reason ?? "").Trim();
        if (reason.Length == 0) ModelState.AddModelError(nameof(Reason), "Enter why the procurement is cancelled");
        else if (reason.Length > ReasonMaxLength) ModelState.AddModelError(nameof(Reason), $"Reason must be {ReasonMaxLength:N0} characters or fewer");
        if (!ModelState.IsValid) return Page();
        var cancellation = drafts.StartCancellation(found, TenderForm.AccountId(User), reason);
        await db.SaveChangesAsync();
        return Redirect(NoticeLinks.Publish(organisationId, cancellation.Id));
    }

    private async Task<NoticeInProcurement?> LoadAsync(Guid organisationId, Guid noticeId)
    {
        var found = await book.FindAsync(organisationId, noticeId);
        if (found is null || NoticeDrafts.IsCancelled(found.Procurement) || NoticeDrafts.Current(found.Procurement)?.Id != noticeId) return null;
        (Notice, OrganisationId) = (found.Notice, organisationId);
        return found;
    }
}
