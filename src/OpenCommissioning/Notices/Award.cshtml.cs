using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Organisations;
using OpenCommissioning.Platform.Components;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Notices;

/// <summary>Drafts an award notice for a published tender: who won, for how much, when. Published after confirmation.</summary>
[FormAnswerLimit]
public sealed class AwardModel(NoticeBook book, NoticeDrafts drafts, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public string? SupplierName { get; set; }
    [BindProperty] public string? SupplierIdentifier { get; set; }
    [BindProperty] public string? Value { get; set; }
    [BindProperty] public DateInputValue AwardDate { get; set; } = new();
    [BindProperty] public string? Lot { get; set; }
    /// <summary>The other providers when a consortium won; the form always offers one blank row to fill.</summary>
    [BindProperty] public List<ConsortiumMemberInput> Members { get; set; } = [];

    public Notice Notice { get; private set; } = null!;
    public Guid OrganisationId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid noticeId) =>
        await LoadAsync(organisationId, noticeId) is null ? NotFound() : WithBlankMember();

    /// <summary>"Add another member": keeps what was typed, checks nothing yet, and offers one more blank row.</summary>
    public async Task<IActionResult> OnPostAddMemberAsync(Guid organisationId, Guid noticeId)
    {
        if (await LoadAsync(organisationId, noticeId) is null) return NotFound();
        ModelState.Clear();
        Members = Members.Where(m => !m.IsBlank).ToList();
        return WithBlankMember();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid noticeId)
    {
        if (await LoadAsync(organisationId, noticeId) is not { } found) return NotFound();
        var name = (SupplierName ?? "").Trim();
        if (name.Length == 0) ModelState.AddModelError(nameof(SupplierName), "Enter the name of the provider awarded the contract");
        else if (name.Length > Organisation.NameMaxLength) ModelState.AddModelError(nameof(SupplierName), $"Name must be {Organisation.NameMaxLength} characters or fewer");
        var identifier = string.IsNullOrWhiteSpace(SupplierIdentifier) ? null : SupplierIdentifier.Trim();
        var identifierError = identifier is null ? null : OrganisationIdentifier.CheckFullForm(identifier).Error;
        if (identifierError is not null) ModelState.AddModelError(nameof(SupplierIdentifier), identifierError);
        var leadIdentifier = identifier is null || identifierError is not null ? null : OrganisationIdentifier.Parse(identifier).ToString();
        var value = Money.Read(Value, nameof(Value), "the value of the award", (k, m) => ModelState.AddModelError(k, m));
        if (!AwardDate.TryGetDate(out var date)) ModelState.AddModelError(nameof(AwardDate), AwardDate.IsEmpty ? "Enter the date of the award decision" : "Award date must be a real date, like 1 4 2027");
        else if (NoticeDates.OutOfRange(date, "Award date") is { } outOfRange) ModelState.AddModelError(nameof(AwardDate), outOfRange);
        // The notice tells of a decision already made, so its date cannot be still to come.
        else if (date > DateOnly.FromDateTime(UkTime.ToUk(clock.GetUtcNow()).DateTime)) ModelState.AddModelError(nameof(AwardDate), "Award date must be today or in the past");
        int? lot = null;
        if (!string.IsNullOrWhiteSpace(Lot))
        {
            if (int.TryParse(Lot, out var n) && n >= 1 && n <= found.Notice.Details.Lots.Count) lot = n;
            else ModelState.AddModelError(nameof(Lot), "Select a lot of this tender");
        }
        var members = ConsortiumInput.Read(Members, name, leadIdentifier, (k, m) => ModelState.AddModelError(k, m));
        if (!ModelState.IsValid) return WithBlankMember();

        var award = new AwardDetails(name, leadIdentifier, value!.Value, date, lot) { ConsortiumMembers = members };
        var notice = drafts.StartAward(found, TenderForm.AccountId(User), award);
        await db.SaveChangesAsync();
        return Redirect(NoticeLinks.Publish(organisationId, notice.Id));
    }

    private PageResult WithBlankMember()
    {
        if (Members.Count < AwardDetails.MaxConsortiumMembers && Members.All(m => !m.IsBlank)) Members.Add(new ConsortiumMemberInput());
        return Page();
    }

    private async Task<NoticeInProcurement?> LoadAsync(Guid organisationId, Guid noticeId)
    {
        var found = await book.FindAsync(organisationId, noticeId);
        if (found is null || NoticeDrafts.IsCancelled(found.Procurement) || NoticeDrafts.Current(found.Procurement)?.Id != noticeId) return null;
        (Notice, OrganisationId) = (found.Notice, organisationId);
        return found;
    }
}
