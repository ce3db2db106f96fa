using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Organisations;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Notices;

/// <summary>Drafts a tender notice, new or changed. Only a draft can change; a published notice is amended instead.</summary>
[FormAnswerLimit]
public sealed class DraftModel(NoticeBook book, NoticeDrafts drafts, TenderValidation validation, ParentContractCheck parentCheck,
    AppDbContext db, TimeProvider clock)
    : PageModel, ITenderForm
{
    [BindProperty]
    public TenderInput Input { get; set; } = new();

    public Organisation Organisation { get; private set; } = null!;
    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid? noticeId)
    {
        if (await LoadAsync(organisationId, noticeId) is { } refused) return refused;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid? noticeId)
    {
        var posted = Input;
        if (await LoadAsync(organisationId, noticeId) is { } refused) return refused;
        var kept = Input.NoticeType;
        Input = posted.WithLotRows();
        if (noticeId is not null) Input.NoticeType = kept; // a draft keeps the kind it was started as
        var (details, errors) = validation.Check(Input, clock.GetUtcNow(), Organisation);
        foreach (var error in errors) ModelState.AddModelError(error.Field, error.Message);
        var parentError = await parentCheck.CheckAsync(Input, errors, HttpContext.RequestAborted);
        if (parentError is not null) ModelState.AddModelError(parentError.Field, parentError.Message);
        if (details is null || parentError is not null) return Page();

        Guid id;
        if (noticeId is null) id = drafts.StartTender(organisationId, TenderForm.AccountId(User), details, DraftTypes.Read(Input.NoticeType)!.Value, Input.ParentOcid).Id;
        else
        {
            var found = (await book.FindAsync(organisationId, noticeId.Value))!;
            // The kind of notice is chosen when it is started; a change keeps it.
            NoticeDrafts.Change(found.Notice, details);
            // The parent can still be corrected while the notice is a draft; it was checked above like a new one's.
            if (found.Notice.Type == NoticeType.SubContractOpportunity) found.Procurement.ParentOcid = Input.ParentOcid?.Trim();
            id = found.Notice.Id;
        }
        await db.SaveChangesAsync();
        return Redirect(NoticeLinks.Notice(organisationId, id));
    }

    private async Task<IActionResult?> LoadAsync(Guid organisationId, Guid? noticeId)
    {
        if (await book.OrganisationAsync(organisationId) is not { } organisation) return NotFound();
        Organisation = organisation;
        IsNew = noticeId is null;
        if (noticeId is null) { Input = new TenderInput { NoticeType = nameof(NoticeType.Tender) }.WithLotRows(); return null; }
        var found = await book.FindAsync(organisationId, noticeId.Value);
        if (found is null || DraftTypes.Read(found.Notice.Type.ToString()) is null || found.Notice.IsAmendment) return NotFound();
        if (found.Notice.Status == NoticeStatus.Published) return Redirect(NoticeLinks.Notice(organisationId, noticeId.Value));
        Input = TenderInput.From(found.Notice.Details, found.Notice.Type, found.Procurement.ParentOcid);
        return null;
    }
}
