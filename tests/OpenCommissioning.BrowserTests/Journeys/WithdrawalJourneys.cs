using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenCommissioning.BrowserTests.Harness;
using OpenCommissioning.Opportunities;
using static Microsoft.Playwright.Assertions;

namespace OpenCommissioning.BrowserTests.Journeys;

/// <summary>What a buyer's officer does to attach a document and later withdraw it by an amendment, and what the public then sees.</summary>
public static class WithdrawalJourneys
{
    /// <summary>A small PDF whose content passes the service's type check, as a file chosen on the officer's computer.</summary>
    public static readonly FilePayload Specification = new()
    {
        Name = "specification.pdf",
        MimeType = "application/pdf",
        Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"),
    };

    /// <summary>From a draft's preview, uploads a specification through the documents page and goes back to the preview.</summary>
    public static async Task UploadSpecificationAsync(this IPage page, string title)
    {
        await page.ClickLinkAsync("Add or remove documents");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Documents");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByRole(AriaRole.Group, new() { Name = "What kind of document is it?" })
            .GetByRole(AriaRole.Radio, new() { Name = "Specification", Exact = true }).CheckAsync();
        await page.GetByLabel("Upload a file").SetInputFilesAsync(Specification);
        await page.ClickButtonAsync("Upload");
        await Expect(page.Locator("#documents")).ToContainTextAsync(title);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Back to the preview", Exact = true }).FollowAsync();
        await Expect(page.Locator("#notice-documents")).ToContainTextAsync(title);
    }

    /// <summary>The public address of a document, read from its link on the buyer's view of the published notice.</summary>
    public static async Task<string> DocumentAddressAsync(this IPage page, string title) =>
        await page.Locator("#notice-documents").GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).GetAttributeAsync("href")
            ?? throw new InvalidOperationException($"The link to {title} has no address.");

    /// <summary>From the published notice, starts an amendment that ticks the document and says what changed, but gives no reason yet.</summary>
    public static async Task AmendTickingWithoutAReasonAsync(this IPage page, string document, string change)
    {
        await page.ClickButtonAsync("Amend this notice");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Amend the tender notice");
        await page.GetByLabel("What has changed and why").FillAsync(change);
        await WithdrawBox(page, document).CheckAsync();
        await page.ClickButtonAsync("Save and preview");
    }

    /// <summary>The error the amendment form shows when a document is ticked with no reason: in the summary and at the field.</summary>
    public static async Task ExpectReasonErrorAsync(this IPage page, string document)
    {
        const string message = "Enter why the documents are withdrawn";
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link)).ToHaveTextAsync([message]);
        await Expect(page.Locator("#WithdrawalReason-error")).ToHaveTextAsync("Error: " + message);
        await Expect(WithdrawBox(page, document)).ToBeCheckedAsync();
    }

    /// <summary>Gives the reason, saves the amendment, checks its preview says what it will withdraw, and publishes it.</summary>
    public static async Task GiveReasonAndPublishAsync(this IPage page, string document, string reason)
    {
        await page.GetByLabel("Why are these documents withdrawn?").FillAsync(reason);
        await page.ClickButtonAsync("Save and preview");
        await Expect(page.Locator("#withdrawn-documents li"))
            .ToHaveTextAsync([$"{document}: to be withdrawn when this amendment is published. Reason: {reason}"]);
        await page.ClickButtonAsync("Publish");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Publish this notice?");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).FollowAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Amendment to the tender notice published");
    }

    /// <summary>Opens the public notice page of the procurement a document address belongs to, as anyone.</summary>
    public static async Task OpenPublicNoticeAsync(this IPage page, string documentAddress)
    {
        var ocid = Uri.UnescapeDataString(documentAddress.Split('/')[2]);
        await page.VisitAsync(OpportunityLinks.Notice(ocid));
    }

    /// <summary>Requests an address expected to answer 410 Gone with a page, and checks that page with axe.</summary>
    public static async Task<IResponse> VisitGoneAsync(this IPage page, string address)
    {
        var response = await page.GotoAsync(address) ?? throw new InvalidOperationException($"No page loaded for {address}.");
        await page.CheckAccessibilityAsync();
        return response;
    }

    private static ILocator WithdrawBox(IPage page, string document) =>
        page.GetByRole(AriaRole.Group, new() { Name = "Withdraw documents (optional)" })
            .GetByRole(AriaRole.Checkbox, new() { Name = document, Exact = true });
}
