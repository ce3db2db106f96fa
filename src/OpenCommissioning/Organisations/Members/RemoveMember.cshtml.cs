using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Organisations.Members;

/// <summary>
/// Removes a member after asking to be sure. As with roles, the membership must belong to the organisation in
/// the address, and the last organisation administrator cannot be removed.
/// </summary>
[Authorize(Policy = OrganisationPolicies.Administrator)]
public sealed class RemoveMemberModel(OrganisationMembers members, AppDbContext db, AuditLog audit) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    public Organisation Organisation { get; private set; } = null!;
    public Member Member { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid membershipId) =>
        await LoadAsync(organisationId, membershipId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid membershipId)
    {
        if (!await LoadAsync(organisationId, membershipId)) return NotFound();
        if (await members.FindMembershipAsync(organisationId, membershipId) is not { } membership) return NotFound();
        await using var transaction = await members.BeginMembershipChangeAsync();
        if (await members.IsLastAdministratorAsync(membership))
        {
            ModelState.AddModelError("", $"{Member.FullName} is the only organisation administrator, so they cannot be removed. "
                + "Make someone else an organisation administrator first");
            return Page();
        }

        db.Remove(membership);
        audit.Record(AuditActions.MemberRemoved, subject: Member.Email,
            detail: $"Removed from {Organisation.Name} ({Organisation.Id}), where they were {Member.Role.DisplayName().ToLowerInvariant()}");
        try
        {
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        catch (Exception e) when (OrganisationMembers.IsConcurrentChange(e))
        {
            ModelState.AddModelError("", OrganisationMembers.ConcurrentChangeMessage);
            return Page();
        }
        Notice = $"{Member.FullName} has been removed from {Organisation.Name}";
        // Someone who removed themselves can no longer see the members page.
        var removedSelf = Member.AccountId == OrganisationMembers.AccountIdOf(User);
        return Redirect(removedSelf ? OrganisationLinks.List : OrganisationLinks.Members(organisationId));
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
