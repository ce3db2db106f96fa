using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenCommissioning.Organisations.Members;

/// <summary>Who belongs to an organisation. Every member may look; only organisation administrators get the actions.</summary>
public sealed class MembersModel(OrganisationMembers members) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;
    public IReadOnlyList<Member> Members { get; private set; } = [];
    public IReadOnlyList<OpenInvitation> Invitations { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId)
    {
        var organisation = await members.FindOrganisationAsync(organisationId);
        var role = await members.RoleOfAsync(organisationId, User);
        if (organisation is null || role is null) return NotFound();
        Organisation = organisation;
        CanManage = role == OrganisationRole.OrganisationAdministrator;
        Members = await members.ListAsync(organisationId);
        if (CanManage) Invitations = await members.OpenInvitationsAsync(organisationId);
        return Page();
    }
}
