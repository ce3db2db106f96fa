using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Accounts;

/// <summary>
/// Buyers' staff and administrators hold the keys to procurements and people's data, so they must use two-factor
/// authentication. Checked on every request: someone invited into a buyer organisation is asked to set it up at once.
/// </summary>
public sealed class TwoFactorRequirement(AppDbContext db)
{
    public const string SetUpPath = "/account/two-factor";

    public async Task<bool> AppliesToAsync(ClaimsPrincipal user)
    {
        if (user.IsInRole(PlatformRoles.Administrator)) return true;
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId)) return false;
        return await db.Set<Membership>().Where(m => m.AccountId == accountId)
            .Join(db.Set<Organisation>(), m => m.OrganisationId, o => o.Id, (m, o) => o.Kind)
            .AnyAsync(kind => kind == OrganisationKind.Buyer);
    }

    /// <summary>True when the person signed in with a second factor this session (Identity marks it as amr=mfa).</summary>
    public static bool IsSatisfiedBy(ClaimsPrincipal user) => user.HasClaim("amr", "mfa");

    public static IApplicationBuilder UseTwoFactorRequirement(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && !IsSatisfiedBy(user) && !IsExempt(context.Request.Path)
            && await context.RequestServices.GetRequiredService<TwoFactorRequirement>().AppliesToAsync(user))
        {
            context.Response.Redirect(SetUpPath);
            return;
        }
        await next();
    });

    private static bool IsExempt(PathString path) =>
        path.StartsWithSegments(SetUpPath) || path.StartsWithSegments("/sign-out") || path.StartsWithSegments("/sign-in")
        || path.StartsWithSegments("/health") || path.StartsWithSegments("/error") || path.StartsWithSegments("/govuk")
        || path.StartsWithSegments("/assets") || path == "/app.css";
}
