using Microsoft.Playwright;
using OpenCommissioning.BrowserTests.Harness;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace OpenCommissioning.BrowserTests.Journeys;

/// <summary>Issue 5's whole loop: a buyer publishes, a provider finds it and saves the search, and hears of the next one.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AlertJourneyTests(Chromium chromium, BrowserService service)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task BuyerPublishes_ProviderFindsAndSavesTheSearch_ThenIsEmailedTheNextNoticeAndUnsubscribes(bool javaScriptEnabled)
    {
        var word = "Kingfisher" + Guid.NewGuid().ToString("N")[..6];
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (officerEmail, providerEmail) = ($"olu.officer.{suffix}@northshire.example", $"pat.provider.{suffix}@riverside.example");
        var buyerName = $"Northshire County Council {suffix}";
        var officer = await service.CreateAccountAsync(officerEmail, "Olu Officer", twoFactor: true);
        var provider = await service.CreateAccountAsync(providerEmail, "Pat Provider");
        var buyer = await service.CreateOrganisationAsync(buyerName, OrganisationKind.Buyer, (officer, OrganisationRole.ProcurementOfficer));
        await service.CreateOrganisationAsync($"Riverside Trust {suffix}", OrganisationKind.Provider, (provider, OrganisationRole.OrganisationAdministrator));
        var first = new PublishingJourneys.TenderNotice($"{word} befriending service for older people",
            "Weekly befriending visits for older people living alone.\n\nProviders may bid for one or more districts.");
        var second = new PublishingJourneys.TenderNotice($"{word} family support in Wakefield",
            "Early help for families, delivered in community venues.", Amount: "180000");
        await using var officerSession = await chromium.StartSessionAsync(service, javaScriptEnabled);
        await using var providerSession = await chromium.StartSessionAsync(service, javaScriptEnabled);
        await using var strangerSession = await chromium.StartSessionAsync(service, javaScriptEnabled);
        var (buyerPage, providerPage) = (officerSession.Page, providerSession.Page);

        await buyerPage.SignInWithTwoFactorsAsync(officerEmail, TestPeople.Password, TestPeople.AuthenticatorKey);
        await buyerPage.DraftTenderAsync(buyer.Id, first);
        await buyerPage.PublishWithConfirmationAsync(first.Title);
        await service.RunJobsAsync();

        await providerPage.VisitAsync("/sign-in");
        await providerPage.SignInAsync(providerEmail, TestPeople.Password);
        await providerPage.SearchAsync(word, "Yorkshire and the Humber", first.Title);
        var searchUrl = new Uri(providerPage.Url).PathAndQuery;
        await providerPage.OpenNoticeAsync(first.Title, buyerName);
        await providerPage.SaveSearchWithInstantAlertsAsync(searchUrl, $"{word} in Yorkshire");

        await buyerPage.DraftTenderAsync(buyer.Id, second);
        await buyerPage.PublishWithConfirmationAsync(second.Title);
        var alert = Assert.Single(await service.Mailbox.MessagesToAsync(providerEmail));

        Assert.Equal($"1 new notice for ‘{word} in Yorkshire’", alert.Subject);
        Assert.Contains(second.Title, alert.TextBody);
        Assert.DoesNotContain(first.Title, alert.TextBody);
        await strangerSession.Page.UnsubscribeAsync(FindingJourneys.UnsubscribeLink(alert), $"{word} in Yorkshire");
        await Expect(strangerSession.Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
    }
}
