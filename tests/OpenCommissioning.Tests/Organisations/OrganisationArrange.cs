using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Accounts;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Organisations;

/// <summary>A person signed in through the real pages, with the organisation they belong to.</summary>
public sealed record SignedInMember(Account Account, Organisation Organisation, HttpClient Browser);

/// <summary>Arranges organisations with members, and reads back what the pages stored.</summary>
public static class OrganisationArrange
{
    public static string NewEmail(string who = "person") => $"{who}-{Guid.NewGuid():N}@example.com";

    /// <summary>
    /// A new organisation with one signed-in member. Buyers' staff get two factors, as the service requires them.
    /// </summary>
    public static async Task<SignedInMember> SignedInMemberAsync(this ServiceFactory service, OrganisationKind kind,
        OrganisationRole role, string? organisationName = null)
    {
        var account = await service.CreateAccountAsync(NewEmail(role.ToString().ToLowerInvariant()), "Member " + role,
            twoFactor: kind == OrganisationKind.Buyer);
        var organisation = await service.CreateOrganisationAsync(organisationName ?? "Organisation " + Guid.NewGuid().ToString("N")[..6],
            kind, (account, role));
        var browser = service.CreateBrowser();
        await browser.SignInAsync(account.Email!);
        return new SignedInMember(account, organisation, browser);
    }

    public static async Task<Membership> AddMemberAsync(this ServiceFactory service, Organisation organisation,
        OrganisationRole role, string? name = null)
    {
        var account = await service.CreateAccountAsync(NewEmail("colleague"), name ?? "Colleague " + role,
            twoFactor: organisation.Kind == OrganisationKind.Buyer);
        return await service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var membership = new Membership { OrganisationId = organisation.Id, AccountId = account.Id, Role = role, JoinedAt = DateTimeOffset.UtcNow };
            db.Add(membership);
            await db.SaveChangesAsync();
            return membership;
        });
    }

    public static Task<int> CountAsync<T>(this ServiceFactory service) where T : class =>
        service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<T>().CountAsync());

    public static Task<List<T>> RowsAsync<T>(this ServiceFactory service) where T : class =>
        service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<T>().AsNoTracking().ToListAsync());

    public static Task<Membership?> MembershipAsync(this ServiceFactory service, Guid membershipId) =>
        service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Membership>().AsNoTracking()
            .SingleOrDefaultAsync(m => m.Id == membershipId));

    public static async Task<List<AuditEntry>> AuditAsync(this ServiceFactory service, string action, string subject) =>
        (await service.RowsAsync<AuditEntry>()).Where(e => e.Action == action && e.Subject == subject).ToList();

    /// <summary>Counts of the rows organisation pages write, to show a refused request changed nothing.</summary>
    public static async Task<(int Organisations, int Memberships, int Invitations, int AuditEntries)> RowCountsAsync(this ServiceFactory service) =>
        (await service.CountAsync<Organisation>(), await service.CountAsync<Membership>(),
            await service.CountAsync<Invitation>(), await service.CountAsync<AuditEntry>());
}
