using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using OpenCommissioning.Notices;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Organisations;

/// <summary>
/// A buyer's own shortest tender periods: below them a tender notice must say why. Only the buyer's
/// administrators change them; the service's defaults stay beside each box, as an empty box means the default.
/// </summary>
[Authorize(Policy = OrganisationPolicies.Administrator)]
public sealed class TenderPeriodsModel(OrganisationMembers members, AppDbContext db, AuditLog audit, IOptions<NoticeOptions> options)
    : PageModel
{
    public const string OpenWords = "open procedures";
    public const string BelowThresholdWords = "below-threshold procurements";

    [BindProperty]
    public string? OpenDays { get; set; }

    [BindProperty]
    public string? BelowThresholdDays { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public Organisation Organisation { get; private set; } = null!;

    /// <summary>The service's defaults, which apply where the buyer leaves a box empty.</summary>
    public MinimumTenderDays Defaults => options.Value.MinimumTenderDays;

    public async Task<IActionResult> OnGetAsync(Guid organisationId)
    {
        if (!await LoadAsync(organisationId)) return NotFound();
        OpenDays = Organisation.OpenMinimumTenderDays?.ToString();
        BelowThresholdDays = Organisation.BelowThresholdMinimumTenderDays?.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId)
    {
        if (!await LoadAsync(organisationId)) return NotFound();
        var open = TenderPeriodDays.Read(OpenDays, OpenWords, Defaults.Open, m => ModelState.AddModelError(nameof(OpenDays), m));
        var belowThreshold = TenderPeriodDays.Read(BelowThresholdDays, BelowThresholdWords, Defaults.BelowThreshold,
            m => ModelState.AddModelError(nameof(BelowThresholdDays), m));
        if (!ModelState.IsValid) return Page();

        var before = Describe(Organisation);
        Organisation.SetMinimumTenderDays(open, belowThreshold);
        var after = Describe(Organisation);
        if (after != before)
        {
            audit.Record(AuditActions.TenderPeriodsChanged, subject: Organisation.Id.ToString(),
                detail: $"{Organisation.Name}: {before} changed to {after}");
            await db.SaveChangesAsync();
        }
        Notice = "Shortest time you allow for bids saved";
        return Redirect(OrganisationLinks.Organisation(organisationId));
    }

    /// <summary>What a buyer's figure means, for its page and audit entries: its own days, or the default's.</summary>
    public static string Days(int? own, int fallback) => own is { } days ? Plural(days) : $"{Plural(fallback)} (the service's default)";

    private string Describe(Organisation organisation) =>
        $"open procedures {Days(organisation.OpenMinimumTenderDays, Defaults.Open)}, " +
        $"below-threshold procurements {Days(organisation.BelowThresholdMinimumTenderDays, Defaults.BelowThreshold)}";

    private static string Plural(int days) => days == 1 ? "1 day" : $"{days} days";

    private async Task<bool> LoadAsync(Guid organisationId)
    {
        // Providers do not publish tender notices, so they have no tender periods to set.
        if (await members.FindOrganisationAsync(organisationId) is not { Kind: OrganisationKind.Buyer } organisation) return false;
        Organisation = organisation;
        return true;
    }
}
