using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Accounts;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Organisations.Members;

/// <summary>Where an invitation stands for the person who opened its link.</summary>
public enum InvitationState { Unknown, Expired, Used, NotSignedIn, WrongAccount, AlreadyMember, Ready }

/// <summary>
/// Accepting an invitation from its emailed link. Open to everyone so that a person without an account is told
/// what to do rather than bounced; only the signed-in account whose email was invited can accept.
/// </summary>
[AllowAnonymous]
public sealed class AcceptInvitationModel(AppDbContext db, UserManager<Account> users, OrganisationMembers members,
    CurrentOrganisation current, AuditLog audit, TimeProvider clock) : PageModel
{
    public InvitationState State { get; private set; }
    public Invitation? Invitation { get; private set; }
    public Organisation? Organisation { get; private set; }
    public string? SignedInEmail { get; private set; }

    /// <summary>Sign-in that comes back here afterwards.</summary>
    public string SignInLink => "/sign-in?returnUrl=" + Uri.EscapeDataString(Request.Path.Value ?? "/");

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(string token) => await AssessAsync(token);

    public async Task<IActionResult> OnPostAsync(string token)
    {
        var account = await AssessAsync(token);
        if (State == InvitationState.NotSignedIn) return Challenge();
        if (State != InvitationState.Ready) return Page();

        var now = clock.GetUtcNow();
        db.Add(new Membership { OrganisationId = Organisation!.Id, AccountId = account!.Id, Role = Invitation!.Role, JoinedAt = now });
        Invitation.AcceptedAt = now;
        Invitation.AcceptedBy = account.Id;
        audit.Record(AuditActions.InvitationAccepted, subject: account.Email,
            detail: $"Joined {Organisation.Name} ({Organisation.Id}) as {Invitation.Role.DisplayName()}");
        await db.SaveChangesAsync();

        current.Choose(Organisation.Id);
        Notice = $"You have joined {Organisation.Name} as {Invitation.Role.DisplayName().ToLowerInvariant()}";
        return Redirect(OrganisationLinks.Organisation(Organisation.Id));
    }

    private async Task<Account?> AssessAsync(string token)
    {
        // A real token is 43 characters; anything much longer is not worth hashing.
        var hash = token.Length is > 0 and <= 100 ? InvitationToken.Hash(token) : null;
        var invitation = hash is null ? null : await db.Set<Invitation>().SingleOrDefaultAsync(i => i.TokenHash == hash);
        Invitation = invitation;
        Organisation = invitation is null ? null : await members.FindOrganisationAsync(invitation.OrganisationId);
        if (invitation is null || Organisation is null) return Set(InvitationState.Unknown);
        if (invitation.AcceptedAt is not null) return Set(InvitationState.Used);
        if (!invitation.IsOpen(clock.GetUtcNow())) return Set(InvitationState.Expired);

        var account = User.Identity?.IsAuthenticated == true ? await users.GetUserAsync(User) : null;
        if (account is null) return Set(InvitationState.NotSignedIn);
        SignedInEmail = account.Email;
        if (account.NormalizedEmail != users.NormalizeEmail(invitation.Email)) return Set(InvitationState.WrongAccount);
        if (await members.RoleOfAsync(Organisation.Id, User) is not null) return Set(InvitationState.AlreadyMember);
        State = InvitationState.Ready;
        return account;
    }

    private Account? Set(InvitationState state)
    {
        State = state;
        return null;
    }
}
