using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenCommissioning.Notices;

/// <summary>Asks the buyer to confirm, then publishes: what is published cannot be taken back, only amended.</summary>
public sealed class PublishModel(NoticeBook book, NoticePublisher publisher) : PageModel
{
    public Notice Notice { get; private set; } = null!;
    public Guid OrganisationId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid noticeId)
    {
        if (await book.FindAsync(organisationId, noticeId) is not { } found) return NotFound();
        if (found.Notice.Status == NoticeStatus.Published) return Redirect(NoticeLinks.Notice(organisationId, noticeId));
        (Notice, OrganisationId) = (found.Notice, organisationId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid noticeId)
    {
        if (await book.FindAsync(organisationId, noticeId) is not { } found) return NotFound();
        (Notice, OrganisationId) = (found.Notice, organisationId);
        var result = await publisher.PublishAsync(organisationId, noticeId, TenderForm.AccountId(User));
        if (!result.Published)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(string.Empty, error);
            return Page();
        }
        TempData["Notice"] = $"{NoticePageModel.Describe(found.Notice)} published";
        return Redirect(NoticeLinks.Notice(organisationId, noticeId));
    }
}
