using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Accounts;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Platform.Demo;

/// <summary>
/// Demo organisations and people for the embedded mode only, so a newcomer can try every side of the service.
/// The passwords and the authenticator key are public, which is why this never runs against PostgreSQL.
/// </summary>
public sealed class DemoData(AppDbContext db, UserManager<Account> users, RoleManager<IdentityRole<Guid>> roles, TimeProvider clock,
    DemoNotices notices, ILogger<DemoData> logger)
{
    public const string Password = "demo password for trying";
    /// <summary>Add this key to an authenticator app to sign in as the demo buyer or administrator.</summary>
    public const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public static readonly IReadOnlyList<(string Email, string Who)> SignIns =
    [
        ("commissioner@northshire.example", "a commissioner at Northshire County Council (buyer; needs the authenticator key)"),
        ("bids@riverside-trust.example", "a bid writer at Riverside Community Trust (provider, a charity)"),
        ("admin@opencommissioning.example", "a platform administrator (needs the authenticator key)"),
    ];

    public async Task SeedAsync()
    {
        // Apart from the people, so that a database made before the notices arrived still gets them.
        await notices.SeedAsync();
        if (await db.Users.AnyAsync()) return;
        var now = clock.GetUtcNow();
        foreach (var role in PlatformRoles.All)
            await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() });

        var council = new Organisation(Guid.NewGuid(), "Northshire County Council", OrganisationKind.Buyer, LegalForm.PublicBody, now);
        council.AddIdentifier(OrganisationIdentifier.Create("GB-LAE", "NTH"));
        council.SetRegisteredAddress(new OrganisationAddress("County Hall, Market Street", "Northshire", "NS1 1AA"));
        var trust = new Organisation(Guid.NewGuid(), "Riverside Community Trust", OrganisationKind.Provider, LegalForm.CharitableIncorporatedOrganisation, now);
        trust.AddIdentifier(OrganisationIdentifier.Create("GB-CHC", "1123456"));
        trust.SetSize(18, 650_000m, null);
        trust.SetRegisteredAddress(new OrganisationAddress("4 Mill Lane", "Riverside", "RS2 3BB"));
        db.AddRange(council, trust);

        var commissioner = await CreateAsync(SignIns[0].Email, "Priya Shah", twoFactor: true);
        var bidWriter = await CreateAsync(SignIns[1].Email, "Sam Okafor", twoFactor: false);
        var administrator = await CreateAsync(SignIns[2].Email, "Alex Morgan", twoFactor: true);
        await users.AddToRoleAsync(administrator, PlatformRoles.Administrator);
        db.AddRange(
            new Membership { OrganisationId = council.Id, AccountId = commissioner.Id, Role = OrganisationRole.OrganisationAdministrator, JoinedAt = now },
            new Membership { OrganisationId = trust.Id, AccountId = bidWriter.Id, Role = OrganisationRole.OrganisationAdministrator, JoinedAt = now });
        await db.SaveChangesAsync();
        logger.LogInformation("Demo data added: {Count} accounts", SignIns.Count);
    }

    private async Task<Account> CreateAsync(string email, string name, bool twoFactor)
    {
        var account = new Account { UserName = email, Email = email, FullName = name, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(account, Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        if (twoFactor)
        {
            await users.SetAuthenticationTokenAsync(account, "[AspNetUserStore]", "AuthenticatorKey", AuthenticatorKey);
            await users.SetTwoFactorEnabledAsync(account, true);
        }
        return account;
    }
}
