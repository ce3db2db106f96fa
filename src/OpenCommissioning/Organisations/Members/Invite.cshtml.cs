using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Accounts;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Organisations.Members;

/// <summary>
/// Invites a colleague by email with a role. The email carries a random token; the database keeps only its hash,
/// so a copy of the database cannot be used to join.
/// </summary>
[Authorize(Policy = OrganisationPolicies.Administrator)]
public sealed class InviteModel(OrganisationMembers members, InvitationEmails emails, UserManager<Account> users,
    AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter the email address of the person you want to invite"),
     EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com"),
     StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string Email { get; set; } = "";

    [BindProperty]
    public string? Role { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public Organisation Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId)
    {
        if (await members.FindOrganisationAsync(organisationId) is not { } organisation) return NotFound();
        Organisation = organisation;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId)
    {
        if (await members.FindOrganisationAsync(organisationId) is not { } organisation) return NotFound();
        Organisation = organisation;
        var role = RoleChoices.Read(Role, organisation.Kind);
        if (role is null) ModelState.AddModelError(nameof(Role), RoleChoices.Missing);
        var email = (Email ?? "").Trim(); // the binder turns an empty box into null
        if (ModelState.IsValid && await members.IsMemberAsync(organisationId, email))
            ModelState.AddModelError(nameof(Email), $"{email} is already a member of {organisation.Name}. Change their role instead");
        if (!ModelState.IsValid) return Page();

        var inviter = await users.GetUserAsync(User);
        if (inviter is null) return Challenge();
        var token = InvitationToken.New();
        var now = clock.GetUtcNow();
        var invitation = new Invitation
        {
            OrganisationId = organisationId, Email = email, Role = role!.Value, TokenHash = InvitationToken.Hash(token),
            InvitedBy = inviter.Id, CreatedAt = now, ExpiresAt = now + Invitation.Lifetime,
        };
        db.Add(invitation);
        emails.Queue(email, inviter.FullName, organisation, invitation.Role, token, invitation.ExpiresAt);
        audit.Record(AuditActions.MemberInvited, subject: email,
            detail: $"Invited to {organisation.Name} ({organisation.Id}) as {invitation.Role.DisplayName()}");
        await db.SaveChangesAsync();

        Notice = $"Invitation sent to {email}";
        return Redirect(OrganisationLinks.Members(organisationId));
    }
}
