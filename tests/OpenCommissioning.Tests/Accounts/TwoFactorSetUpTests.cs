using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Accounts;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Accounts;

public class TwoFactorSetUpTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task SetUp_WithTheCodeFromTheShownKey_TurnsOnTwoFactorAndLetsTheBuyerIn()
    {
        var account = await service.CreateAccountAsync("new.buyer@example.gov.uk");
        await service.CreateOrganisationAsync("Setupshire Council", OrganisationKind.Buyer, (account, OrganisationRole.Evaluator));
        var browser = service.CreateBrowser();
        await browser.SignInAsync(account.Email!);
        var setUp = await HtmlPage.GetAsync(browser, "/account/two-factor");
        Assert.Contains("you must use two-factor authentication", setUp.Text);
        Assert.StartsWith("data:image/png;base64,iVBOR", setUp.Document.QuerySelector("img.app-qr-code")!.GetAttribute("src"));
        var key = setUp.Document.QuerySelector("[data-testid=setup-key]")!.TextContent.Replace(" ", "").ToUpperInvariant();

        var wrong = await setUp.SubmitAsync(browser, new Dictionary<string, string> { ["Code"] = "12345" });
        Assert.Equal("The security code must be 6 digits, like 123456", wrong.FieldError("Code"));
        var done = await wrong.SubmitAsync(browser, new Dictionary<string, string> { ["Code"] = TestPeople.CurrentCode(key) });

        Assert.Equal("/account", done.Location);
        var account2 = await HtmlPage.GetAsync(browser, "/account");
        Assert.Contains("On: you use an authenticator app", account2.Text);
        Assert.True(await service.WithScopeAsync(async s =>
            (await s.GetRequiredService<UserManager<Account>>().FindByIdAsync(account.Id.ToString()))!.TwoFactorEnabled));
    }
}
