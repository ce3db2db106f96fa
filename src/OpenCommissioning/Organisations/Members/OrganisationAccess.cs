using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Organisations.Members;

/// <summary>
/// The one place that decides who may see or change an organisation's private pages: every page under
/// <c>/organisations/{organisationId}</c> is authorised here against the signed-in person's membership of that
/// organisation, whatever id is typed into the address.
/// </summary>
public static class OrganisationPolicies
{
    public const string Member = "organisation-member";
    public const string Administrator = "organisation-administrator";

    public static AuthorizationBuilder AddOrganisationPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Member, p => p.RequireAuthenticatedUser().AddRequirements(new MembershipRequirement(null)))
        .AddPolicy(Administrator, p => p.RequireAuthenticatedUser().AddRequirements(new MembershipRequirement(OrganisationRole.OrganisationAdministrator)));
}

public sealed record MembershipRequirement(OrganisationRole? Role) : IAuthorizationRequirement;

public sealed class MembershipHandler(AppDbContext db, IHttpContextAccessor http) : AuthorizationHandler<MembershipRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, MembershipRequirement requirement)
    {
        var routeValue = http.HttpContext?.GetRouteValue("organisationId") as string;
        if (!Guid.TryParse(routeValue, out var organisationId)) return;
        if (!Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId)) return;
        var role = await db.Set<Membership>()
            .Where(m => m.OrganisationId == organisationId && m.AccountId == accountId)
            .Select(m => (OrganisationRole?)m.Role).SingleOrDefaultAsync();
        if (role is null) return;
        if (requirement.Role is null || requirement.Role == role) context.Succeed(requirement);
    }
}
