using Microsoft.Playwright;
using OpenCommissioning.BrowserTests.Harness;
using OpenCommissioning.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace OpenCommissioning.BrowserTests.Journeys;

/// <summary>Forms filled in wrongly: the GOV.UK error summary, a message at each field, and what was typed kept.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FormErrorTests(Chromium chromium, BrowserService service)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Register_WithoutANameAndWithPasswordsThatDiffer_ShowsBothErrorsAndKeepsTheEmail(bool javaScriptEnabled)
    {
        await using var session = await chromium.StartSessionAsync(service, javaScriptEnabled);
        var page = session.Page;
        await page.VisitAsync("/register");

        await page.GetByLabel("Email address").FillAsync("riley.retry@example.org");
        await page.GetByLabel("Create a password").FillAsync("lantern orchard velvet harbour");
        await page.GetByLabel("Confirm your password").FillAsync("lantern orchard velvet harbor");
        await page.ClickButtonAsync("Create account");

        await Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link)).ToHaveTextAsync([
            "Enter your full name", "The passwords do not match. Type the same password twice"]);
        await Expect(page.Locator("#FullName-error")).ToHaveTextAsync("Error: Enter your full name");
        await Expect(page.Locator("#ConfirmPassword-error")).ToHaveTextAsync("Error: The passwords do not match. Type the same password twice");
        await Expect(page.GetByLabel("Email address")).ToHaveValueAsync("riley.retry@example.org");
    }

    [Fact]
    public async Task RegisterOrganisation_WithABadCharityNumber_SaysWhatANumberLooksLikeAndKeepsTheAnswers()
    {
        var account = await service.CreateAccountAsync("chris.charity@example.org", name: "Chris Charity");
        await using var session = await chromium.StartSessionAsync(service);
        var page = session.Page;
        await page.VisitAsync("/sign-in");
        await page.SignInAsync(account.Email!, TestPeople.Password);
        await page.ClickLinkAsync("Register your organisation");

        await page.GetByRole(AriaRole.Radio, new() { Name = "Provider", Exact = true }).CheckAsync();
        await page.GetByLabel("Organisation name").FillAsync("Riverside Trust");
        await page.GetByLabel("Legal form").SelectOptionAsync("CharitableIncorporatedOrganisation");
        await page.GetByLabel("Register", new() { Exact = true }).SelectOptionAsync("GB-CHC");
        await page.GetByLabel("Number", new() { Exact = true }).FillAsync("12AB");
        await page.ClickButtonAsync("Register organisation");

        const string message = "Enter a Charity Commission number of 6 or 7 digits, like 1123456, or with a subsidiary number, like 1123456-1";
        await Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = message })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Organisation name")).ToHaveValueAsync("Riverside Trust");
        await Expect(page.GetByLabel("Number", new() { Exact = true })).ToHaveValueAsync("12AB");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Provider", Exact = true })).ToBeCheckedAsync();
    }
}
