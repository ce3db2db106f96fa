using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Organisations.Members;

/// <summary>The organisation a signed-in person is working for, as they chose it, with their role there.</summary>
public sealed record OrganisationContext(Guid Id, string Name, OrganisationKind Kind, OrganisationRole Role);

/// <summary>
/// Which of their organisations a person is working for. The choice is kept in a protected cookie and checked
/// against their memberships on every request, so a stale or forged cookie grants nothing.
/// </summary>
public sealed class CurrentOrganisation(AppDbContext db, IHttpContextAccessor http, IDataProtectionProvider protection)
{
    public const string CookieName = "oc-organisation";
    private readonly IDataProtector protector = protection.CreateProtector("OpenCommissioning.CurrentOrganisation");
    private OrganisationContext? cached;
    private bool looked;

    public async Task<OrganisationContext?> GetAsync()
    {
        if (looked) return cached;
        looked = true;
        var accountId = AccountId();
        if (accountId is null) return null;
        var memberships = await MembershipsAsync(accountId.Value);
        var chosen = ChosenId();
        cached = memberships.FirstOrDefault(m => m.Id == chosen) ?? (memberships.Count == 1 ? memberships[0] : null);
        return cached;
    }

    public async Task<IReadOnlyList<OrganisationContext>> MembershipsAsync(Guid accountId) =>
        await db.Set<Membership>().Where(m => m.AccountId == accountId)
            .Join(db.Set<Organisation>(), m => m.OrganisationId, o => o.Id, (m, o) => new { o.Id, o.Name, o.Kind, m.Role })
            .OrderBy(x => x.Name)
            .Select(x => new OrganisationContext(x.Id, x.Name, x.Kind, x.Role))
            .ToListAsync();

    public void Choose(Guid organisationId)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("No request to set the organisation on.");
        context.Response.Cookies.Append(CookieName, protector.Protect(organisationId.ToString()), new CookieOptions
        {
            HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(30),
        });
        looked = false;
    }

    private Guid? AccountId() =>
        Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private Guid? ChosenId()
    {
        var value = http.HttpContext?.Request.Cookies[CookieName];
        if (string.IsNullOrEmpty(value)) return null;
        try { return Guid.TryParse(protector.Unprotect(value), out var id) ? id : null; }
        catch (System.Security.Cryptography.CryptographicException) { return null; }
    }
}
