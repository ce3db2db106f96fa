using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Organisations.Members;

namespace OpenCommissioning.Organisations;

/// <summary>The organisations a person belongs to, and switching which one they are working for.</summary>
public sealed class OrganisationsModel(CurrentOrganisation current) : PageModel
{
    public IReadOnlyList<OrganisationContext> Organisations { get; private set; } = [];
    public OrganisationContext? Current { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (OrganisationMembers.AccountIdOf(User) is not { } accountId) return Challenge();
        Organisations = await current.MembershipsAsync(accountId);
        Current = await current.GetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSwitchAsync(Guid organisationId)
    {
        if (OrganisationMembers.AccountIdOf(User) is not { } accountId) return Challenge();
        var chosen = (await current.MembershipsAsync(accountId)).SingleOrDefault(o => o.Id == organisationId);
        // The cookie is checked against memberships on every read too; refusing here just says so plainly.
        if (chosen is null) return Forbid();
        current.Choose(chosen.Id);
        Notice = $"You are now working for {chosen.Name}";
        return Redirect(OrganisationLinks.Organisation(chosen.Id));
    }
}
