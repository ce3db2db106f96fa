using System.Data;
using System.Data.Common;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenCommissioning.Accounts;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Organisations.Members;

/// <summary>A member of an organisation as the members page lists them.</summary>
public sealed record Member(Guid MembershipId, Guid AccountId, string FullName, string Email, OrganisationRole Role, DateTimeOffset JoinedAt);

/// <summary>An invitation that has not been accepted and has not expired.</summary>
public sealed record OpenInvitation(string Email, OrganisationRole Role, DateTimeOffset ExpiresAt);

/// <summary>
/// Reads an organisation's members. Every query takes the organisation id that the membership policy has already
/// checked, so a membership id copied from another organisation's page matches nothing.
/// </summary>
public sealed class OrganisationMembers(AppDbContext db, UserManager<Account> users, TimeProvider clock)
{
    public Task<Organisation?> FindOrganisationAsync(Guid organisationId) =>
        db.Set<Organisation>().SingleOrDefaultAsync(o => o.Id == organisationId);

    public async Task<IReadOnlyList<Member>> ListAsync(Guid organisationId) =>
        await db.Set<Membership>().Where(m => m.OrganisationId == organisationId)
            .Join(users.Users, m => m.AccountId, a => a.Id, (m, a) => new { m, a })
            .OrderBy(x => x.a.FullName).ThenBy(x => x.a.Email)
            .Select(x => new Member(x.m.Id, x.a.Id, x.a.FullName, x.a.Email!, x.m.Role, x.m.JoinedAt))
            .ToListAsync();

    public async Task<Member?> FindAsync(Guid organisationId, Guid membershipId) =>
        (await ListAsync(organisationId)).SingleOrDefault(m => m.MembershipId == membershipId);

    /// <summary>The membership to change, tracked, or null when it is not in this organisation.</summary>
    public Task<Membership?> FindMembershipAsync(Guid organisationId, Guid membershipId) =>
        db.Set<Membership>().SingleOrDefaultAsync(m => m.Id == membershipId && m.OrganisationId == organisationId);

    public Task<OrganisationRole?> RoleOfAsync(Guid organisationId, ClaimsPrincipal user) =>
        AccountIdOf(user) is { } accountId
            ? db.Set<Membership>().Where(m => m.OrganisationId == organisationId && m.AccountId == accountId)
                .Select(m => (OrganisationRole?)m.Role).SingleOrDefaultAsync()
            : Task.FromResult<OrganisationRole?>(null);

    public async Task<bool> IsMemberAsync(Guid organisationId, string email)
    {
        var normalised = users.NormalizeEmail(email);
        return await db.Set<Membership>().Where(m => m.OrganisationId == organisationId)
            .Join(users.Users, m => m.AccountId, a => a.Id, (m, a) => a.NormalizedEmail)
            .AnyAsync(e => e == normalised);
    }

    /// <summary>
    /// True when taking this member's administrator role away would leave the organisation with nobody who can
    /// invite people or change roles.
    /// </summary>
    public async Task<bool> IsLastAdministratorAsync(Membership membership) =>
        membership.Role == OrganisationRole.OrganisationAdministrator
        && await db.Set<Membership>().CountAsync(m => m.OrganisationId == membership.OrganisationId
            && m.Role == OrganisationRole.OrganisationAdministrator) <= 1;

    /// <summary>
    /// A serializable transaction for changing roles or removing members: two administrators demoting each other
    /// at the same moment would otherwise both pass the last-administrator check and leave nobody in charge.
    /// </summary>
    public Task<IDbContextTransaction> BeginMembershipChangeAsync() =>
        db.Database.BeginTransactionAsync(IsolationLevel.Serializable);

    /// <summary>True when the database refused a change because another request changed the same rows at once.</summary>
    public static bool IsConcurrentChange(Exception exception) =>
        (exception as DbException ?? exception.InnerException as DbException)?.SqlState == "40001";

    public const string ConcurrentChangeMessage =
        "Someone else changed this organisation's people at the same time. Check the list of people, then try again";

    public async Task<IReadOnlyList<OpenInvitation>> OpenInvitationsAsync(Guid organisationId)
    {
        var now = clock.GetUtcNow();
        return await db.Set<Invitation>()
            .Where(i => i.OrganisationId == organisationId && i.AcceptedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.ExpiresAt)
            .Select(i => new OpenInvitation(i.Email, i.Role, i.ExpiresAt))
            .ToListAsync();
    }

    public static Guid? AccountIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
