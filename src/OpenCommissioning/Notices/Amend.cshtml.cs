using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Organisations;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Notices;

/// <summary>
/// Drafts an amendment to a published notice: the notice's fields, changed, and the reason for the change, which
/// the amendment's release carries. What was published stays as it was.
/// </summary>
[FormAnswerLimit]
public sealed class AmendModel(NoticeBook book, NoticeDrafts drafts, TenderValidation validation, DocumentWithdrawals withdrawals,
    AppDbContext db, TimeProvider clock) : PageModel, ITenderForm
{
    public const int RationaleMaxLength = 2000;

    [BindProperty]
    public TenderInput Input { get; set; } = new();

    [BindProperty]
    public string? Rationale { get; set; }

    /// <summary>The ids of published documents the amendment withdraws, as posted by the checkboxes.</summary>
    [BindProperty]
    public List<string> WithdrawDocuments { get; set; } = [];

    [BindProperty]
    public string? WithdrawalReason { get; set; }

    /// <summary>The procurement's published documents that are still public: the ones offered for withdrawal.</summary>
    public IReadOnlyList<DocumentSummary> Withdrawable { get; private set; } = [];

    public Organisation Organisation { get; private set; } = null!;
    public Notice Amended { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid noticeId)
    {
        if (await LoadAsync(organisationId, noticeId) is not { } found) return NotFound();
        Input = TenderInput.From(found.Notice.Details, found.Notice.Type, found.Procurement.ParentOcid);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid noticeId)
    {
        if (await LoadAsync(organisationId, noticeId) is not { } found) return NotFound();
        Input.WithLotRows();
        Input.NoticeType = found.Notice.Type.ToString(); // an amendment keeps the kind of notice it amends
        var rationale = (Rationale ?? "").Trim();
        if (rationale.Length == 0) ModelState.AddModelError(nameof(Rationale), "Enter what has changed and why");
        else if (rationale.Length > RationaleMaxLength) ModelState.AddModelError(nameof(Rationale), $"Reason must be {RationaleMaxLength:N0} characters or fewer");
        var (details, errors) = validation.Check(Input, clock.GetUtcNow(), Organisation);
        foreach (var error in errors) ModelState.AddModelError(error.Field, error.Message);
        var (withdrawn, reason) = WithdrawalInput.Read(WithdrawDocuments, WithdrawalReason, Withdrawable, ModelState.AddModelError);
        if (details is null || !ModelState.IsValid) return Page();

        var amendment = drafts.StartAmendment(found, TenderForm.AccountId(User), details, rationale);
        if (withdrawn.Count > 0) withdrawals.Choose(new(amendment, found.Procurement), withdrawn, reason, TenderForm.AccountId(User));
        await db.SaveChangesAsync();
        return Redirect(NoticeLinks.Notice(organisationId, amendment.Id));
    }

    /// <summary>Only a published tender notice of a live procurement can be amended.</summary>
    private async Task<NoticeInProcurement?> LoadAsync(Guid organisationId, Guid noticeId)
    {
        if (await book.OrganisationAsync(organisationId) is not { } organisation) return null;
        var found = await book.FindAsync(organisationId, noticeId);
        if (found is null || NoticeDrafts.IsCancelled(found.Procurement)) return null;
        var current = NoticeDrafts.Current(found.Procurement);
        if (current is null || current.Id != noticeId || DraftTypes.Read(current.Type.ToString()) is null) return null;
        Organisation = organisation;
        Amended = current;
        Withdrawable = await withdrawals.WithdrawableAsync(found.Procurement);
        return found;
    }
}
