using Microsoft.Playwright;
using OpenCommissioning.BrowserTests.Harness;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace OpenCommissioning.BrowserTests.Journeys;

/// <summary>What a person does with their account, step by step, as they would in the browser.</summary>
public static class AccountJourneys
{
    public const string ConfirmationSubject = "Confirm your email address";

    public static async Task RegisterAsync(this IPage page, string fullName, string email, string password)
    {
        await page.VisitAsync("/register");
        await page.GetByLabel("Full name").FillAsync(fullName);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Create a password").FillAsync(password);
        await page.GetByLabel("Confirm your password").FillAsync(password);
        await page.ClickButtonAsync("Create account");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your email");
    }

    /// <summary>Opens the link in the confirmation email the service dropped, then goes on to sign in.</summary>
    public static async Task ConfirmEmailAsync(this IPage page, BrowserService service, string email)
    {
        await page.VisitAsync(await service.Mailbox.LinkAsync(email, ConfirmationSubject));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Email address confirmed");
        await page.ClickLinkAsync("sign in");
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Sign in"));
    }

    /// <summary>Fills in the sign-in page the browser is on. Where the page goes next depends on the account.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.ClickButtonAsync("Sign in");
    }

    /// <summary>Turns on two-factor authentication from the set-up page, returning the key the app would keep.</summary>
    public static async Task<string> SetUpTwoFactorAsync(this IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Set up two-factor authentication");
        var key = (await page.GetByTestId("setup-key").InnerTextAsync()).Replace(" ", "").ToUpperInvariant();
        await page.GetByLabel("Security code from the app").FillAsync(CodeFor(key));
        await page.ClickButtonAsync("Turn on two-factor authentication");
        return key;
    }

    public static async Task EnterSecurityCodeAsync(this IPage page, string key)
    {
        await page.GetByLabel("Enter the security code from your authenticator app").FillAsync(CodeFor(key));
        await page.ClickButtonAsync("Continue");
    }

    /// <summary>Signs out through the sign-out page's own form.</summary>
    public static async Task SignOutAsync(this IPage page)
    {
        await page.VisitAsync("/sign-out");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).FollowAsync();
        await page.ExpectSignedOutAsync();
    }

    /// <summary>Signs out with the button in the header, which every signed-in page has.</summary>
    public static async Task SignOutFromTheHeaderAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).FollowAsync();
        await page.ExpectSignedOutAsync();
    }

    public static async Task ExpectSignedOutAsync(this IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You have signed out");
        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
    }

    public static async Task ExpectAccountPageAsync(this IPage page, string fullName)
    {
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your account");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(fullName);
    }

    public static string CodeFor(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
}
