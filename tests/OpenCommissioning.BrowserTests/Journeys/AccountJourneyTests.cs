using Microsoft.Playwright;
using OpenCommissioning.BrowserTests.Harness;
using static Microsoft.Playwright.Assertions;

namespace OpenCommissioning.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class AccountJourneyTests(Chromium chromium, BrowserService service)
{
    private const string Password = "lantern orchard velvet harbour";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task NewPerson_RegistersConfirmsSignsInAndTurnsOnTwoFactors_ReachesTheirAccount(bool javaScriptEnabled)
    {
        var email = $"sam.{(javaScriptEnabled ? "script" : "noscript")}@example.org";
        await using var session = await chromium.StartSessionAsync(service, javaScriptEnabled);
        var page = session.Page;

        await page.RegisterAsync("Sam Newcomer", email, Password);
        await page.ConfirmEmailAsync(service, email);
        await page.SignInAsync(email, Password);
        await page.ExpectAccountPageAsync("Sam Newcomer");
        await page.ClickLinkAsync("Set up two-factor authentication");
        var key = await page.SetUpTwoFactorAsync();
        await page.ExpectAccountPageAsync("Sam Newcomer");
        await page.SignOutAsync();
        await page.ClickLinkAsync("Sign in again");
        await page.SignInAsync(email, Password);
        await page.EnterSecurityCodeAsync(key);

        await page.ExpectAccountPageAsync("Sam Newcomer");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("On: you use an authenticator app");
    }

    [Fact]
    public async Task SignOut_FromTheHeader_SignsThePersonOut()
    {
        await using var session = await chromium.StartSessionAsync(service);
        var page = session.Page;
        await page.RegisterAsync("Hana Header", "hana.header@example.org", Password);
        await page.ConfirmEmailAsync(service, "hana.header@example.org");
        await page.SignInAsync("hana.header@example.org", Password);
        await page.ExpectAccountPageAsync("Hana Header");

        await page.SignOutFromTheHeaderAsync();

        await page.VisitAsync("/account");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in\\?returnUrl=%2Faccount$"));
    }

    [Fact]
    public async Task SignIn_WithWrongDetails_ShowsTheErrorSummaryAndKeepsTheEmail()
    {
        await using var session = await chromium.StartSessionAsync(service);
        var page = session.Page;
        await page.VisitAsync("/sign-in");

        await page.SignInAsync("nobody.here@example.org", "not the right password");

        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: Sign in"));
        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("There is a problem");
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync("Enter a correct email address and password");
        await Expect(page.GetByLabel("Email address")).ToHaveValueAsync("nobody.here@example.org");
    }

    [Fact]
    public async Task SignIn_WithWrongDetails_NeverSendsThePasswordBackInThePage()
    {
        await using var session = await chromium.StartSessionAsync(service);
        var page = session.Page;
        await page.VisitAsync("/sign-in");

        await page.SignInAsync("nobody.here@example.org", "a password that stays secret");

        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: Sign in"));
        // The value attribute is what the server wrote; typing into the field never changes it.
        Assert.Null(await page.GetByLabel("Password", new() { Exact = true }).GetAttributeAsync("value"));
    }
}
