using Microsoft.Playwright;
using OpenCommissioning.BrowserTests.Harness;
using static Microsoft.Playwright.Assertions;

namespace OpenCommissioning.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class OrganisationJourneyTests(Chromium chromium, BrowserService service)
{
    private const string Password = "copper meadow lantern tide";

    // Each case registers a different council: an identifier can be registered only once.
    [Theory]
    [InlineData(true, "Wolverhampton City Council", "WOT")]
    [InlineData(false, "Birmingham City Council", "BIR")]
    public async Task Administrator_RegistersACouncilAndInvitesAColleague_WhoJoinsWithTwoFactors(bool javaScriptEnabled,
        string council, string localAuthorityCode)
    {
        var suffix = javaScriptEnabled ? "script" : "noscript";
        var (adminEmail, colleagueEmail) = ($"ada.admin.{suffix}@example.gov.uk", $"colin.colleague.{suffix}@example.gov.uk");
        await using var adminSession = await chromium.StartSessionAsync(service, javaScriptEnabled);
        await using var colleagueSession = await chromium.StartSessionAsync(service, javaScriptEnabled);
        var (admin, colleague) = (adminSession.Page, colleagueSession.Page);

        await admin.RegisterAsync("Ada Administrator", adminEmail, Password);
        await admin.ConfirmEmailAsync(service, adminEmail);
        await admin.SignInAsync(adminEmail, Password);
        await admin.RegisterCouncilAsync(council, localAuthorityCode);
        await admin.SetUpTwoFactorAsync();
        await admin.ExpectOrganisationOnAccountPageAsync(council, "Organisation administrator");
        await admin.OpenOrganisationAsync(council);
        await Expect(admin.GetByRole(AriaRole.Main)).ToContainTextAsync($"GB-LAE-{localAuthorityCode}");
        await admin.OpenPeopleAsync(council);
        await admin.InviteColleagueAsync(colleagueEmail, "Commissioner");

        await colleague.RegisterAsync("Colin Colleague", colleagueEmail, Password);
        await colleague.ConfirmEmailAsync(service, colleagueEmail);
        await colleague.SignInAsync(colleagueEmail, Password);
        await colleague.AcceptInvitationAsync(service, colleagueEmail, council);
        await colleague.SetUpTwoFactorAsync();
        await colleague.ExpectOrganisationOnAccountPageAsync(council, "Commissioner");

        await admin.VisitAsync(admin.Url);
        await admin.ExpectMemberAsync("Colin Colleague", "Commissioner");
        await admin.ExpectMemberAsync("Ada Administrator", "Organisation administrator");
    }
}
