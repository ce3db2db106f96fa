using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Notices;

/// <summary>
/// The one rule for who may draft, publish, amend or cancel notices: staff of the buying organisation in the
/// address who commission or procure, or administer it. Evaluators score bids; providers never publish here.
/// </summary>
public static class PublisherPolicy
{
    public const string Name = "notice-publisher";

    public static readonly IReadOnlySet<OrganisationRole> Roles = new HashSet<OrganisationRole>
    {
        OrganisationRole.Commissioner, OrganisationRole.ProcurementOfficer, OrganisationRole.OrganisationAdministrator,
    };

    public static AuthorizationBuilder AddPublisherPolicy(this AuthorizationBuilder builder) =>
        builder.AddPolicy(Name, p => p.RequireAuthenticatedUser().AddRequirements(new PublisherRequirement()));
}

public sealed record PublisherRequirement : IAuthorizationRequirement;

public sealed class PublisherHandler(AppDbContext db, IHttpContextAccessor http) : AuthorizationHandler<PublisherRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PublisherRequirement requirement)
    {
        var routeValue = http.HttpContext?.GetRouteValue("organisationId") as string;
        if (!Guid.TryParse(routeValue, out var organisationId)) return;
        if (!Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId)) return;
        var found = await db.Set<Membership>()
            .Where(m => m.OrganisationId == organisationId && m.AccountId == accountId)
            .Join(db.Set<Organisation>(), m => m.OrganisationId, o => o.Id, (m, o) => new { m.Role, o.Kind })
            .SingleOrDefaultAsync();
        if (found is not null && found.Kind == OrganisationKind.Buyer && PublisherPolicy.Roles.Contains(found.Role))
            context.Succeed(requirement);
    }
}
