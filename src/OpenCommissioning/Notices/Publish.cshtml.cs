using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Components;

namespace OpenCommissioning.Notices;

/// <summary>Asks the buyer to confirm, then publishes: what is published cannot be taken back, only amended.</summary>
[FormAnswerLimit]
public sealed class PublishModel(NoticeBook book, NoticePublisher publisher) : PageModel
{
    public Notice Notice { get; private set; } = null!;
    public Guid OrganisationId { get; private set; }

    /// <summary>Why publishing was refused, each linked to the field to change when changing one would help.</summary>
    public IReadOnlyList<ErrorSummaryItem> Refusals { get; private set; } = [];

    /// <summary>Where to change the notice after a refusal; null when nothing here can put it right.</summary>
    public string? Change { get; private set; }

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
            Change = result.ChangeField is { } field ? ChangeLink(found, field) : null;
            Refusals = result.Errors.Select(e => new ErrorSummaryItem(e, Change)).ToList();
            return Page();
        }
        TempData["Notice"] = $"{NoticePageModel.Describe(found.Notice)} published";
        return Redirect(NoticeLinks.Notice(organisationId, noticeId));
    }

    /// <summary>
    /// A draft is changed on its own form. An amendment cannot be changed, so the buyer drafts a new amendment of the
    /// notice as it now is; when that notice cannot be amended (an award, say) there is nowhere to link.
    /// </summary>
    private string? ChangeLink(NoticeInProcurement found, string fieldId)
    {
        if (!found.Notice.IsAmendment) return NoticeLinks.EditDraft(OrganisationId, found.Notice.Id) + "#" + fieldId;
        var current = NoticeDrafts.Current(found.Procurement);
        return current is null || DraftTypes.Read(current.Type.ToString()) is null ? null : NoticeLinks.Amend(OrganisationId, current.Id) + "#" + fieldId;
    }
}
