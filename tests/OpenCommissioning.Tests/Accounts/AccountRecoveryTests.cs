using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Accounts;

public class AccountRecoveryTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private const string NewPassword = "a brand new long passphrase";

    [Fact]
    public async Task ResetPassword_ByEmailLink_ReplacesThePassword()
    {
        await service.CreateAccountAsync("forgetful@example.org");
        var browser = service.CreateBrowser();
        var forgot = await HtmlPage.GetAsync(browser, "/forgot-password");
        var sent = await forgot.SubmitAsync(browser, new Dictionary<string, string> { ["Email"] = "forgetful@example.org" });
        Assert.Equal("Check your email", sent.Heading);

        var link = await service.Mailbox.LinkAsync("forgetful@example.org", "Reset your password");
        var reset = await HtmlPage.GetAsync(browser, link);
        var done = await reset.SubmitAsync(browser, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal("/sign-in", done.Location);
        var signInPage = await HtmlPage.GetAsync(browser, "/sign-in");
        Assert.Equal("Your password has been changed. Sign in with your new password",
            signInPage.Document.QuerySelector(".govuk-notification-banner__heading")?.TextContent);
        Assert.Equal("/account", (await service.CreateBrowser().SignInAsync("forgetful@example.org", NewPassword)).Location);
        Assert.Contains("Enter a correct email address and password", (await service.CreateBrowser().SignInAsync("forgetful@example.org")).ErrorSummary);
    }

    [Fact]
    public async Task ResetPassword_LinkWorksOnlyOnce()
    {
        await service.CreateAccountAsync("once@example.org");
        var browser = service.CreateBrowser();
        var forgot = await HtmlPage.GetAsync(browser, "/forgot-password");
        await forgot.SubmitAsync(browser, new Dictionary<string, string> { ["Email"] = "once@example.org" });
        var link = await service.Mailbox.LinkAsync("once@example.org", "Reset your password");
        var form = new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword };
        await (await HtmlPage.GetAsync(browser, link)).SubmitAsync(browser, form);

        var again = await (await HtmlPage.GetAsync(browser, link)).SubmitAsync(browser, form);

        Assert.Contains("This link has expired or has already been used. Ask for a new one", again.ErrorSummary);
    }

    [Fact]
    public async Task ForgotPassword_ForAnUnknownAddress_LooksTheSameAndSendsNothing()
    {
        var browser = service.CreateBrowser();
        var forgot = await HtmlPage.GetAsync(browser, "/forgot-password");

        var sent = await forgot.SubmitAsync(browser, new Dictionary<string, string> { ["Email"] = "stranger@example.org" });

        Assert.Equal("Check your email", sent.Heading);
        Assert.Empty(await service.Mailbox.MessagesToAsync("stranger@example.org"));
    }

    [Fact]
    public async Task ChangeEmail_TakesEffectWhenTheNewAddressConfirms()
    {
        await service.CreateAccountAsync("old.address@example.org");
        var browser = service.CreateBrowser();
        await browser.SignInAsync("old.address@example.org");
        var change = await HtmlPage.GetAsync(browser, "/account/change-email");
        var sent = await change.SubmitAsync(browser, new Dictionary<string, string> { ["NewEmail"] = "new.address@example.org", ["Password"] = TestPeople.Password });
        Assert.Equal("Check your email", sent.Heading);
        Assert.Contains(await service.Mailbox.MessagesToAsync("old.address@example.org"), m => m.Subject == "Your email address is being changed");

        var link = await service.Mailbox.LinkAsync("new.address@example.org", "Confirm your new email address");
        var confirmed = await HtmlPage.GetAsync(browser, link);

        Assert.Equal("Email address changed", confirmed.Heading);
        Assert.Equal("/account", (await service.CreateBrowser().SignInAsync("new.address@example.org")).Location);
        var audit = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .SingleAsync(e => e.Action == AuditActions.EmailChanged && e.Subject == "new.address@example.org"));
        Assert.Equal("from old.address@example.org", audit.Detail);
    }

    [Fact]
    public async Task ChangeEmail_WithTheWrongPassword_ChangesNothing()
    {
        await service.CreateAccountAsync("careful@example.org");
        var browser = service.CreateBrowser();
        await browser.SignInAsync("careful@example.org");
        var change = await HtmlPage.GetAsync(browser, "/account/change-email");

        var result = await change.SubmitAsync(browser, new Dictionary<string, string> { ["NewEmail"] = "thief@example.org", ["Password"] = "not my password" });

        Assert.Equal("The password is not correct", result.FieldError("Password"));
        Assert.Equal("thief@example.org", result.Value("NewEmail"));
        Assert.Empty(await service.Mailbox.MessagesToAsync("thief@example.org"));
    }

    [Fact]
    public async Task ChangeEmailLink_OpenedByAnotherAccount_DoesNothing()
    {
        await service.CreateAccountAsync("victim@example.org");
        await service.CreateAccountAsync("attacker@example.org");
        var victim = service.CreateBrowser();
        await victim.SignInAsync("victim@example.org");
        var change = await HtmlPage.GetAsync(victim, "/account/change-email");
        await change.SubmitAsync(victim, new Dictionary<string, string> { ["NewEmail"] = "victim.new@example.org", ["Password"] = TestPeople.Password });
        var link = await service.Mailbox.LinkAsync("victim.new@example.org", "Confirm your new email address");

        var attacker = service.CreateBrowser();
        await attacker.SignInAsync("attacker@example.org");
        var result = await HtmlPage.GetAsync(attacker, link);

        Assert.Equal("This link has not worked", result.Heading);
        Assert.Equal("/account", (await service.CreateBrowser().SignInAsync("victim@example.org")).Location);
    }
}
