using Microsoft.Playwright;

namespace OpenCommissioning.BrowserTests.Harness;

/// <summary>
/// The only ways the journeys move between pages: each waits for the new page to load, then checks it with axe.
/// </summary>
public static class CheckedNavigation
{
    public static async Task VisitAsync(this IPage page, string pathAndQuery)
    {
        var response = await page.GotoAsync(pathAndQuery);
        if (response is null) throw new InvalidOperationException($"No page loaded for {pathAndQuery}.");
        await page.CheckAccessibilityAsync();
    }

    /// <summary>Clicks a link or button that loads a new page (a form post included) and checks the page it lands on.</summary>
    public static async Task FollowAsync(this ILocator target)
    {
        var page = target.Page;
        await page.RunAndWaitForNavigationAsync(() => target.ClickAsync());
        await page.CheckAccessibilityAsync();
    }

    public static Task ClickButtonAsync(this IPage page, string name) =>
        page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).FollowAsync();

    public static Task ClickLinkAsync(this IPage page, string name) =>
        page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).FollowAsync();
}
