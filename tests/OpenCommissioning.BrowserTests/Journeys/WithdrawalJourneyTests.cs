using Microsoft.Playwright;
using OpenCommissioning.BrowserTests.Harness;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Layout;
using OpenCommissioning.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace OpenCommissioning.BrowserTests.Journeys;

/// <summary>A buyer withdraws a published document by amending its notice; the public sees it listed as withdrawn and its address gone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WithdrawalJourneyTests(Chromium chromium, BrowserService service)
{
    private const string Reason = "Replaced by version 2 after questions from providers";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task BuyerWithdrawsADocumentByAmendment_AfterTheReasonError_ThePublicSeesItWithdrawnAndItsAddressGone(bool javaScriptEnabled)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var officerEmail = $"wren.officer.{suffix}@northshire.example";
        var officer = await service.CreateAccountAsync(officerEmail, "Wren Officer", twoFactor: true);
        var buyer = await service.CreateOrganisationAsync($"Northshire County Council {suffix}", OrganisationKind.Buyer,
            (officer, OrganisationRole.ProcurementOfficer));
        var notice = new PublishingJourneys.TenderNotice($"Heron {suffix} carers' breaks service", "Short breaks for unpaid carers.");
        await using var officerSession = await chromium.StartSessionAsync(service, javaScriptEnabled);
        await using var publicSession = await chromium.StartSessionAsync(service, javaScriptEnabled);
        var (page, anyone) = (officerSession.Page, publicSession.Page);
        await page.SignInWithTwoFactorsAsync(officerEmail, TestPeople.Password, TestPeople.AuthenticatorKey);
        await page.DraftTenderAsync(buyer.Id, notice);
        await page.UploadSpecificationAsync("Specification");
        await page.PublishWithConfirmationAsync(notice.Title);
        var address = await page.DocumentAddressAsync("Specification");

        await page.AmendTickingWithoutAReasonAsync("Specification", "The specification is replaced");
        await page.ExpectReasonErrorAsync("Specification");
        await page.GiveReasonAndPublishAsync("Specification", Reason);
        await service.RunJobsAsync();
        var today = UkTime.Date(DateTimeOffset.UtcNow);

        await anyone.OpenPublicNoticeAsync(address);
        await Expect(anyone.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Withdrawn documents" })).ToBeVisibleAsync();
        await Expect(anyone.Locator("#withdrawn-documents li")).ToHaveTextAsync([$"Specification: withdrawn on {today}. Reason: {Reason}"]);
        await Expect(anyone.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Specification" })).ToHaveCountAsync(0);
        var gone = await anyone.VisitGoneAsync(address);
        Assert.Equal(410, gone.Status);
        await Expect(anyone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This document has been withdrawn");
        await Expect(anyone.Locator("#withdrawal-reason")).ToHaveTextAsync($"Reason: {Reason}");
    }
}
