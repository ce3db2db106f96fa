using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Components;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Notices;

/// <summary>
/// Drafts the contract notice of a published award: the signed contract's value and dates. Published after
/// confirmation, like every notice. Before an award there is no contract to tell of, and the page says so.
/// </summary>
[FormAnswerLimit]
public sealed class ContractModel(NoticeBook book, NoticeDrafts drafts, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Value { get; set; }
    [BindProperty] public DateInputValue StartDate { get; set; } = new();
    [BindProperty] public DateInputValue EndDate { get; set; } = new();
    [BindProperty] public DateInputValue DateSigned { get; set; } = new();

    public Guid OrganisationId { get; private set; }
    public Notice Notice { get; private set; } = null!;

    /// <summary>The award the contract follows; null when the page refuses.</summary>
    public AwardDetails? Award { get; private set; }
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid noticeId)
    {
        if (await LoadAsync(organisationId, noticeId) is not { } found) return NotFound();
        if (Refusal is not null) return Refused();
        Value = Award!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid noticeId)
    {
        if (await LoadAsync(organisationId, noticeId) is not { } award) return NotFound();
        if (Refusal is not null) return Refused();
        void Error(string field, string message) => ModelState.AddModelError(field, message);
        var value = Money.Read(Value, nameof(Value), "the value of the contract", Error);
        var start = Date(StartDate, nameof(StartDate), "the date the contract starts", "Start date", Error);
        var end = Date(EndDate, nameof(EndDate), "the date the contract ends", "End date", Error);
        if (start is not null && end is not null && end <= start) Error(nameof(EndDate), "End date must be after the start date");
        var signed = Date(DateSigned, nameof(DateSigned), "the date the contract was signed", "Date signed", Error);
        var today = DateOnly.FromDateTime(UkTime.ToUk(clock.GetUtcNow()).DateTime);
        if (signed > today) Error(nameof(DateSigned), "Date signed must be today or in the past");
        else if (signed < Award!.Date)
            Error(nameof(DateSigned), $"Date signed must be on or after the date of the award decision, {Award.Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}");
        if (!ModelState.IsValid) return Page();

        var details = new ContractDetails(award.Notice.Id, Award!.SupplierName, Award.SupplierIdentifier, value!.Value, start!.Value, end!.Value, signed!.Value)
        {
            ConsortiumMembers = Award.ConsortiumMembers,
        };
        var contract = drafts.StartContract(award, TenderForm.AccountId(User), details);
        await db.SaveChangesAsync();
        return Redirect(NoticeLinks.Publish(organisationId, contract.Id));
    }

    private IActionResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static DateOnly? Date(DateInputValue typed, string field, string what, string name, Action<string, string> error)
    {
        if (!typed.TryGetDate(out var date))
        {
            error(field, typed.IsEmpty ? $"Enter {what}" : $"{name} must be a real date, like 1 4 2027");
            return null;
        }
        if (NoticeDates.OutOfRange(date, name) is not { } outOfRange) return date;
        error(field, outOfRange);
        return null;
    }

    /// <summary>The award the contract follows: this notice if it is a published award, else the procurement's latest.</summary>
    private async Task<NoticeInProcurement?> LoadAsync(Guid organisationId, Guid noticeId)
    {
        if (await book.FindAsync(organisationId, noticeId) is not { } found || NoticeDrafts.IsCancelled(found.Procurement)) return null;
        (Notice, OrganisationId) = (found.Notice, organisationId);
        var awards = NoticeDrafts.PublishedAwards(found.Procurement);
        var award = awards.FirstOrDefault(a => a.Id == noticeId) ?? awards.LastOrDefault();
        if (award is null)
        {
            Refusal = "You can publish the contract details only after the award notice is published";
            return found;
        }
        if (NoticeDrafts.IsContractPublished(found.Procurement, award.Id))
            Refusal = "The contract details of this award are already published";
        Award = award.Details.Award;
        return new NoticeInProcurement(award, found.Procurement);
    }
}
