using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Accounts;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Data;
using OtpNet;

namespace OpenCommissioning.Tests.Harness;

/// <summary>Arranges people and organisations straight in the database, then signs in through the real pages.</summary>
public static class TestPeople
{
    public const string Password = "correct horse battery staple";
    public const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXQ";

    public static async Task<Account> CreateAccountAsync(this ServiceFactory service, string email, string name = "Test Person",
        bool confirmed = true, bool twoFactor = false) =>
        await service.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<Account>>();
            var account = new Account { UserName = email, Email = email, FullName = name, EmailConfirmed = confirmed, CreatedAt = DateTimeOffset.UtcNow };
            var result = await users.CreateAsync(account, Password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            if (twoFactor)
            {
                await users.SetAuthenticationTokenAsync(account, "[AspNetUserStore]", "AuthenticatorKey", AuthenticatorKey);
                await users.SetTwoFactorEnabledAsync(account, true);
            }
            return account;
        });

    public static async Task<Organisation> CreateOrganisationAsync(this ServiceFactory service, string name, OrganisationKind kind,
        params (Account Account, OrganisationRole Role)[] members) =>
        await service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var organisation = new Organisation(Guid.NewGuid(), name, kind,
                kind == OrganisationKind.Buyer ? LegalForm.PublicBody : LegalForm.CharitableIncorporatedOrganisation, DateTimeOffset.UtcNow);
            organisation.SetRegisteredAddress(new OrganisationAddress("1 High Street", "Leeds", "LS1 4AP"));
            db.Add(organisation);
            foreach (var (account, role) in members)
                db.Add(new Membership { OrganisationId = organisation.Id, AccountId = account.Id, Role = role, JoinedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            return organisation;
        });

    public static string CurrentCode(string key = AuthenticatorKey) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    /// <summary>Signs in through the sign-in page (and the security code page when asked), returning the final response.</summary>
    public static async Task<HtmlPage> SignInAsync(this HttpClient browser, string email, string password = Password)
    {
        var page = await HtmlPage.GetAsync(browser, "/sign-in");
        var result = await page.SubmitAsync(browser, new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        if (result.Location?.StartsWith("/sign-in/two-factor") == true)
        {
            var codePage = await HtmlPage.GetAsync(browser, result.Location);
            result = await codePage.SubmitAsync(browser, new Dictionary<string, string> { ["Code"] = CurrentCode() });
        }
        return result;
    }
}
