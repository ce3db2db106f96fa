using Microsoft.Playwright;
using OpenCommissioning.BrowserTests.Harness;
using static Microsoft.Playwright.Assertions;

namespace OpenCommissioning.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class StartPageTests(Chromium chromium, BrowserService service)
{
    [Fact]
    public async Task StartPage_ForSomeoneNew_SaysWhoTheServiceIsForAndStartsAnAccount()
    {
        await using var session = await chromium.StartSessionAsync(service);
        var page = session.Page;

        await page.VisitAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Find, win and deliver public services");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync([
            "If you run or fund public services", "If your organisation provides services", "If you use public services or pay for them",
            "Support links"]);
        await Screenshots.SaveAsync(page, "start-page.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create an account" }).FollowAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/register$"));
    }
}
