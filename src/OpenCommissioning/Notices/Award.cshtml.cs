using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Organisations;
using OpenCommissioning.Platform.Components;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Notices;

/// <summary>Drafts an award notice for a published tender: who won, for how much, when. Published after confirmation.</summary>
public sealed class AwardModel(NoticeBook book, NoticeDrafts drafts, AppDbContext db) : PageModel
{
    [BindProperty] public string? SupplierName { get; set; }
    [BindProperty] public string? SupplierIdentifier { get; set; }
    [BindProperty] public string? Value { get; set; }
    [BindProperty] public DateInputValue AwardDate { get; set; } = new();
    [BindProperty] public string? Lot { get; set; }

    public Notice Notice { get; private set; } = null!;
    public Guid OrganisationId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid noticeId) =>
        await LoadAsync(organisationId, noticeId) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid noticeId)
    {
        if (await LoadAsync(organisationId, noticeId) is not { } found) return NotFound();
        var name = (SupplierName ?? "").Trim();
        if (name.Length == 0) ModelState.AddModelError(nameof(SupplierName), "Enter the name of the provider awarded the contract");
        else if (name.Length > Organisation.NameMaxLength) ModelState.AddModelError(nameof(SupplierName), $"Name must be {Organisation.NameMaxLength} characters or fewer");
        var identifier = string.IsNullOrWhiteSpace(SupplierIdentifier) ? null : SupplierIdentifier.Trim();
        if (identifier is not null && OrganisationIdentifier.CheckFullForm(identifier).Error is { } idError) ModelState.AddModelError(nameof(SupplierIdentifier), idError);
        var value = Money.Read(Value, nameof(Value), "the value of the award", (k, m) => ModelState.AddModelError(k, m));
        if (!AwardDate.TryGetDate(out var date)) ModelState.AddModelError(nameof(AwardDate), AwardDate.IsEmpty ? "Enter the date of the award decision" : "Award date must be a real date, like 1 4 2027");
        int? lot = null;
        if (!string.IsNullOrWhiteSpace(Lot))
        {
            if (int.TryParse(Lot, out var n) && n >= 1 && n <= found.Notice.Details.Lots.Count) lot = n;
            else ModelState.AddModelError(nameof(Lot), "Select a lot of this tender");
        }
        if (!ModelState.IsValid) return Page();

        var award = new AwardDetails(name, identifier is null ? null : OrganisationIdentifier.Parse(identifier).ToString(), value!.Value, date, lot);
        var notice = drafts.StartAward(found, TenderForm.AccountId(User), award);
        await db.SaveChangesAsync();
        return Redirect(NoticeLinks.Publish(organisationId, notice.Id));
    }

    private async Task<NoticeInProcurement?> LoadAsync(Guid organisationId, Guid noticeId)
    {
        var found = await book.FindAsync(organisationId, noticeId);
        if (found is null || NoticeDrafts.IsCancelled(found.Procurement) || NoticeDrafts.Current(found.Procurement)?.Id != noticeId) return null;
        (Notice, OrganisationId) = (found.Notice, organisationId);
        return found;
    }
}
