using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenCommissioning.BrowserTests.Harness;
using OpenCommissioning.Notices;
using OpenCommissioning.Platform.Layout;
using static Microsoft.Playwright.Assertions;

namespace OpenCommissioning.BrowserTests.Journeys;

/// <summary>What a buyer's officer does to publish a tender notice, step by step, in the browser.</summary>
public static class PublishingJourneys
{
    /// <summary>A tender notice as the officer types it: delivered in Yorkshire, suitable for SMEs, closing in 40 days.</summary>
    public sealed record TenderNotice(string Title, string Description, string CpvCodes = "85310000", string Region = "Yorkshire and the Humber",
        string Amount = "240000", int DaysOpen = 40);

    /// <summary>Signs in at the sign-in page with the password, then the security code from the authenticator app.</summary>
    public static async Task SignInWithTwoFactorsAsync(this IPage page, string email, string password, string authenticatorKey)
    {
        await page.VisitAsync("/sign-in");
        await page.SignInAsync(email, password);
        await page.EnterSecurityCodeAsync(authenticatorKey);
        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    /// <summary>From the organisation's notices, drafts a tender notice and saves it, landing on its preview.</summary>
    public static async Task DraftTenderAsync(this IPage page, Guid organisationId, TenderNotice notice)
    {
        await page.VisitAsync(NoticeLinks.List(organisationId));
        await page.ClickButtonAsync("Create a tender notice");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Create a tender notice");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Tender notice", Exact = true }).CheckAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(notice.Title);
        await page.GetByLabel("Description", new() { Exact = true }).FillAsync(notice.Description);
        await page.GetByLabel("CPV codes", new() { Exact = true }).FillAsync(notice.CpvCodes); // each lot has its own "Lot CPV codes"
        await page.GetByRole(AriaRole.Checkbox, new() { Name = notice.Region, Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "An estimated value", Exact = true }).CheckAsync();
        await page.GetByLabel("Estimated value, in pounds").FillAsync(notice.Amount);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Open procedure", Exact = true }).CheckAsync();
        var closes = DateOnly.FromDateTime(UkTime.ToUk(DateTimeOffset.UtcNow).AddDays(notice.DaysOpen).DateTime);
        var deadline = page.GetByRole(AriaRole.Group, new() { Name = "Date bids close" });
        await deadline.GetByLabel("Day").FillAsync(closes.Day.ToString());
        await deadline.GetByLabel("Month").FillAsync(closes.Month.ToString());
        await deadline.GetByLabel("Year").FillAsync(closes.Year.ToString());
        await page.GetByLabel("Time bids close").FillAsync("5pm");
        await page.GetByRole(AriaRole.Group, new() { Name = "Who is this suitable for?" })
            .GetByRole(AriaRole.Checkbox, new() { Name = "Small and medium-sized enterprises (SMEs)" }).CheckAsync();
        await page.GetByLabel("Name of the person or team").FillAsync("Commissioning team");
        await page.GetByLabel("Email address").FillAsync("commissioning@northshire.example");
        await page.ClickButtonAsync("Save and preview");
        await Expect(page).ToHaveTitleAsync(new Regex("^Preview: " + Regex.Escape(notice.Title)));
        await Expect(page.GetByText("This is a draft. It is shown here exactly as the public will see it")).ToBeVisibleAsync();
    }

    /// <summary>From the preview, asks to publish, confirms, and sees the notice published.</summary>
    public static async Task PublishWithConfirmationAsync(this IPage page, string title)
    {
        await page.ClickButtonAsync("Publish");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Publish this notice?");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(title);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).FollowAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^" + Regex.Escape(title)));
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Tender notice published");
    }
}
