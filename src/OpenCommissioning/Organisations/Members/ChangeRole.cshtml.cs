using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Organisations.Members;

/// <summary>
/// Changes a member's role. The membership is looked up within the organisation in the address (which the
/// administrator policy has checked), so another organisation's membership id finds nothing.
/// </summary>
[Authorize(Policy = OrganisationPolicies.Administrator)]
public sealed class ChangeRoleModel(OrganisationMembers members, AppDbContext db, AuditLog audit) : PageModel
{
    [BindProperty]
    public string? Role { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public Organisation Organisation { get; private set; } = null!;
    public Member Member { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid membershipId)
    {
        if (!await LoadAsync(organisationId, membershipId)) return NotFound();
        Role = Member.Role.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid membershipId)
    {
        if (!await LoadAsync(organisationId, membershipId)) return NotFound();
        if (await members.FindMembershipAsync(organisationId, membershipId) is not { } membership) return NotFound();
        var role = RoleChoices.Read(Role, Organisation.Kind);
        if (role is null)
        {
            ModelState.AddModelError(nameof(Role), $"Select the role {Member.FullName} will have");
            return Page();
        }
        var old = membership.Role;
        if (old == role)
        {
            return Redirect(OrganisationLinks.Members(organisationId));
        }
        await using var transaction = await members.BeginMembershipChangeAsync();
        if (await members.IsLastAdministratorAsync(membership))
        {
            ModelState.AddModelError(nameof(Role), $"{Member.FullName} is the only organisation administrator. "
                + "Make someone else an organisation administrator first");
            return Page();
        }

        membership.Role = role.Value;
        audit.Record(AuditActions.RoleChanged, subject: Member.Email,
            detail: $"{Organisation.Name} ({Organisation.Id}): {old.DisplayName()} to {role.Value.DisplayName()}");
        try
        {
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        catch (Exception e) when (OrganisationMembers.IsConcurrentChange(e))
        {
            ModelState.AddModelError(nameof(Role), OrganisationMembers.ConcurrentChangeMessage);
            return Page();
        }
        Notice = $"{Member.FullName} is now {role.Value.DisplayName().ToLowerInvariant()}";
        return Redirect(OrganisationLinks.Members(organisationId));
    }

    private async Task<bool> LoadAsync(Guid organisationId, Guid membershipId)
    {
        var organisation = await members.FindOrganisationAsync(organisationId);
        var member = await members.FindAsync(organisationId, membershipId);
        if (organisation is null || member is null) return false;
        Organisation = organisation;
        Member = member;
        return true;
    }
}
