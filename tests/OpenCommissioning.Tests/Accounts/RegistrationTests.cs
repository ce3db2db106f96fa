using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Accounts;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Accounts;

public class RegistrationTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private static Dictionary<string, string> Form(string email, string password = TestPeople.Password, string? confirm = null, string name = "Jo Bloggs") =>
        new() { ["FullName"] = name, ["Email"] = email, ["Password"] = password, ["ConfirmPassword"] = confirm ?? password };

    [Fact]
    public async Task Register_ThenConfirmEmail_LetsThePersonSignIn()
    {
        var browser = service.CreateBrowser();
        var page = await HtmlPage.GetAsync(browser, "/register");

        var result = await page.SubmitAsync(browser, Form("new.person@example.org"));
        Assert.Equal("/register/check-email?email=new.person@example.org", result.Location);
        Assert.NotEqual(HttpStatusCode.Redirect, (await browser.SignInAsync("new.person@example.org")).Status);

        var link = await service.Mailbox.LinkAsync("new.person@example.org", "Confirm your email address");
        var confirmed = await HtmlPage.GetAsync(browser, link);
        Assert.Equal("Email address confirmed", confirmed.Heading);

        var signedIn = await browser.SignInAsync("new.person@example.org");
        Assert.Equal("/account", signedIn.Location);
    }

    [Fact]
    public async Task Register_BeforeConfirming_SignInSaysToConfirmFirst()
    {
        await service.CreateAccountAsync("unconfirmed@example.org", confirmed: false);

        var page = await service.CreateBrowser().SignInAsync("unconfirmed@example.org");

        Assert.Contains("Confirm your email address before you sign in. Use the link in the email we sent you", page.ErrorSummary);
    }

    [Theory]
    [InlineData("", "Enter your email address", "Email")]
    [InlineData("not-an-email", "Enter an email address in the correct format, like name@example.com", "Email")]
    public async Task Register_WithABadEmail_ShowsTheErrorAndKeepsTheName(string email, string message, string field)
    {
        var browser = service.CreateBrowser();
        var page = await HtmlPage.GetAsync(browser, "/register");

        var result = await page.SubmitAsync(browser, Form(email, name: "Kept Name"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith("Error:", result.Title);
        Assert.Contains(message, result.ErrorSummary);
        Assert.Equal(message, result.FieldError(field));
        Assert.Equal("Kept Name", result.Value("FullName"));
    }

    [Theory]
    [InlineData("short", "Password must be 12 characters or more")]
    [InlineData("password1234", "Choose a password that is harder to guess: avoid common passwords, repeated characters and your email address")]
    [InlineData("weakling.person.pw", "Choose a password that is harder to guess: avoid common passwords, repeated characters and your email address")]
    public async Task Register_WithAWeakPassword_SaysWhyAndStoresNothing(string password, string message)
    {
        var browser = service.CreateBrowser();
        var page = await HtmlPage.GetAsync(browser, "/register");

        var result = await page.SubmitAsync(browser, Form("weakling@example.org", password));

        Assert.Contains(message, result.ErrorSummary);
        Assert.Equal("weakling@example.org", result.Value("Email"));
        Assert.False(await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.Email == "weakling@example.org")));
    }

    [Fact]
    public async Task Register_WithMismatchedPasswords_SaysSo()
    {
        var browser = service.CreateBrowser();
        var page = await HtmlPage.GetAsync(browser, "/register");

        var result = await page.SubmitAsync(browser, Form("mismatch@example.org", TestPeople.Password, "something else entirely"));

        Assert.Equal("The passwords do not match. Type the same password twice", result.FieldError("ConfirmPassword"));
    }

    [Fact]
    public async Task Register_WithAnEmailThatHasAnAccount_DoesNotRevealItButEmailsTheOwner()
    {
        await service.CreateAccountAsync("taken@example.org", name: "Original Owner");
        var browser = service.CreateBrowser();
        var page = await HtmlPage.GetAsync(browser, "/register");

        var result = await page.SubmitAsync(browser, Form("taken@example.org", name: "Someone Else"));

        Assert.Equal("/register/check-email?email=taken@example.org", result.Location);
        var messages = await service.Mailbox.MessagesToAsync("taken@example.org");
        Assert.Contains(messages, m => m.Subject == "You already have an account");
        var owner = await service.WithScopeAsync(s => s.GetRequiredService<UserManager<Account>>().FindByEmailAsync("taken@example.org"));
        Assert.Equal("Original Owner", owner!.FullName);
    }

    [Fact]
    public async Task ConfirmEmail_WithATamperedCode_DoesNotConfirm()
    {
        var account = await service.CreateAccountAsync("tamper@example.org", confirmed: false);

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), $"/confirm-email?account={account.Id}&code=Zm9yZ2Vk");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("This link has not worked", page.Heading);
    }

    [Fact]
    public async Task Register_IsRecordedInTheAuditLog()
    {
        var browser = service.CreateBrowser();
        var page = await HtmlPage.GetAsync(browser, "/register");
        await page.SubmitAsync(browser, Form("audited@example.org"));

        var entry = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .SingleAsync(e => e.Action == AuditActions.Registered && e.Subject == "audited@example.org"));
        Assert.NotNull(entry.ActorId);
        Assert.False(string.IsNullOrEmpty(entry.IpAddress));
    }
}
