using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Accounts;

public class SignInTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private Task<List<AuditEntry>> AuditFor(string email) => service.WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().Set<AuditEntry>().Where(e => e.Subject == email).OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task SignIn_WithTheRightPassword_ReachesTheAccountPage()
    {
        await service.CreateAccountAsync("provider.person@example.org", name: "Pat Provider");
        var browser = service.CreateBrowser();

        var result = await browser.SignInAsync("provider.person@example.org");
        var account = await HtmlPage.GetAsync(browser, result.Location!);

        Assert.Equal("Your account", account.Heading);
        Assert.Contains("Pat Provider", account.Text);
        Assert.Contains(AuditActions.SignedIn, (await AuditFor("provider.person@example.org")).Select(e => e.Action));
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysSoWithoutNamingWhichWasWrong()
    {
        await service.CreateAccountAsync("wrong.pw@example.org");

        var withAccount = await service.CreateBrowser().SignInAsync("wrong.pw@example.org", "not the password at all");
        var withoutAccount = await service.CreateBrowser().SignInAsync("nobody@example.org", "not the password at all");

        Assert.Equal(["Enter a correct email address and password"], withAccount.ErrorSummary);
        Assert.Equal(withAccount.ErrorSummary, withoutAccount.ErrorSummary);
        Assert.Equal("wrong.pw@example.org", withAccount.Value("Email"));
        Assert.DoesNotContain("not the password at all", await withAccount.Response.Content.ReadAsStringAsync());
        var failure = (await AuditFor("wrong.pw@example.org")).Single(e => e.Action == AuditActions.SignInFailed);
        Assert.Equal("wrong password", failure.Detail);
    }

    [Fact]
    public async Task SignIn_AfterFiveFailures_LocksTheAccountEvenWithTheRightPassword()
    {
        await service.CreateAccountAsync("locked@example.org");
        var browser = service.CreateBrowser();
        for (var i = 0; i < 5; i++) await browser.SignInAsync("locked@example.org", "guess number " + i);

        var result = await browser.SignInAsync("locked@example.org");

        Assert.Contains("There have been too many attempts to sign in to this account. Wait 15 minutes, then try again, or reset your password", result.ErrorSummary);
        Assert.Contains(AuditActions.LockedOut, (await AuditFor("locked@example.org")).Select(e => e.Action));
    }

    [Fact]
    public async Task BuyerStaff_WithTwoFactor_MustEnterTheirCode()
    {
        var account = await service.CreateAccountAsync("buyer.staff@example.gov.uk", twoFactor: true);
        await service.CreateOrganisationAsync("Testshire Council", OrganisationKind.Buyer, (account, OrganisationRole.Commissioner));
        var browser = service.CreateBrowser();
        var page = await HtmlPage.GetAsync(browser, "/sign-in");

        var afterPassword = await page.SubmitAsync(browser, new Dictionary<string, string> { ["Email"] = account.Email!, ["Password"] = TestPeople.Password });
        Assert.StartsWith("/sign-in/two-factor", afterPassword.Location);

        var codePage = await HtmlPage.GetAsync(browser, afterPassword.Location!);
        var wrong = await codePage.SubmitAsync(browser, new Dictionary<string, string> { ["Code"] = "000000" == TestPeople.CurrentCode() ? "111111" : "000000" });
        Assert.Equal("The security code is not correct. Enter the code your app shows now", wrong.FieldError("Code"));

        var right = await wrong.SubmitAsync(browser, new Dictionary<string, string> { ["Code"] = TestPeople.CurrentCode() });
        Assert.Equal("/account", right.Location);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task BuyerStaff_WithoutTwoFactor_AreSentToSetItUpBeforeAnythingElse()
    {
        var account = await service.CreateAccountAsync("no.2fa.buyer@example.gov.uk");
        await service.CreateOrganisationAsync("Nofactor Council", OrganisationKind.Buyer, (account, OrganisationRole.ProcurementOfficer));
        var browser = service.CreateBrowser();
        await browser.SignInAsync(account.Email!);

        var response = await browser.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/two-factor", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Provider_WithoutTwoFactor_IsNotForcedToSetItUp()
    {
        var account = await service.CreateAccountAsync("bid.writer@example.org");
        await service.CreateOrganisationAsync("Helping Hands", OrganisationKind.Provider, (account, OrganisationRole.BidWriter));
        var browser = service.CreateBrowser();
        await browser.SignInAsync(account.Email!);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account")).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    public async Task SignIn_NeverRedirectsToAnotherSite(string returnUrl)
    {
        await service.CreateAccountAsync($"redirect{returnUrl.Length}@example.org");
        var browser = service.CreateBrowser();
        var page = await HtmlPage.GetAsync(browser, "/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));

        var result = await page.SubmitAsync(browser, new Dictionary<string, string> { ["Email"] = $"redirect{returnUrl.Length}@example.org", ["Password"] = TestPeople.Password });

        Assert.Equal("/account", result.Location);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        await service.CreateAccountAsync("leaver@example.org");
        var browser = service.CreateBrowser();
        await browser.SignInAsync("leaver@example.org");
        var page = await HtmlPage.GetAsync(browser, "/sign-out");

        var result = await page.SubmitAsync(browser, new Dictionary<string, string>());

        Assert.Equal("/signed-out", result.Location);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account")).StatusCode);
    }
}
