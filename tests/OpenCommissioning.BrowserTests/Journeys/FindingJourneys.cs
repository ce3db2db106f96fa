using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using OpenCommissioning.BrowserTests.Harness;
using static Microsoft.Playwright.Assertions;

namespace OpenCommissioning.BrowserTests.Journeys;

/// <summary>What a provider does to find notices and be told of new ones, step by step, in the browser.</summary>
public static class FindingJourneys
{
    /// <summary>Searches by keywords with one region ticked, and expects exactly the notice titled so.</summary>
    public static async Task SearchAsync(this IPage page, string keywords, string region, string expectedTitle)
    {
        await page.VisitAsync("/search");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Find a notice");
        await page.GetByLabel("Search by keywords").FillAsync(keywords);
        await page.GetByRole(AriaRole.Group, new() { Name = "Region" }).GetByRole(AriaRole.Checkbox, new() { Name = region, Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).FollowAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?.*q=" + Regex.Escape(keywords)));
        await Expect(page.Locator("#result-count")).ToHaveTextAsync("1 notice");
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = $"Remove Region filter Region: {region}" })).ToBeVisibleAsync();
        await Expect(page.Locator(".app-results").GetByRole(AriaRole.Link)).ToHaveTextAsync([expectedTitle]);
    }

    /// <summary>Opens a result's public notice page and checks the essentials a provider needs.</summary>
    public static async Task OpenNoticeAsync(this IPage page, string title, string buyer)
    {
        await page.Locator(".app-results").GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).FollowAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(buyer);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Yorkshire and the Humber");
        await Expect(page.Locator("main")).ToContainTextAsync("Open");
    }

    /// <summary>From a search page (signed in), saves the search with an email as soon as a new notice is published.</summary>
    public static async Task SaveSearchWithInstantAlertsAsync(this IPage page, string searchUrl, string name)
    {
        await page.VisitAsync(searchUrl);
        await page.ClickLinkAsync("Save this search and get email alerts");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Save this search");
        await page.GetByLabel("Name for this search").FillAsync(name);
        await page.GetByRole(AriaRole.Radio, new() { Name = "As soon as a new notice is published" }).CheckAsync();
        await page.ClickButtonAsync("Save search");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(name);
    }

    /// <summary>The unsubscribe link in an alert email, as a path and query on this service.</summary>
    public static string UnsubscribeLink(MimeMessage alert)
    {
        var line = alert.TextBody.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/alerts/unsubscribe"));
        return new Uri(line).PathAndQuery;
    }

    /// <summary>Opens the unsubscribe link (nobody signed in) and confirms.</summary>
    public static async Task UnsubscribeAsync(this IPage page, string link, string searchName)
    {
        await page.VisitAsync(link);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Unsubscribe from email alerts");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(searchName);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Unsubscribe", Exact = true }).FollowAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You have unsubscribed");
    }
}
