using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Accounts;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Accounts;

public class PlatformRolesPageTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private async Task<HttpClient> SignedInAdministratorAsync(string email)
    {
        var admin = await service.CreateAccountAsync(email, name: "Ada Admin", twoFactor: true);
        await service.WithScopeAsync(async s =>
        {
            var roles = s.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            if (!await roles.RoleExistsAsync(PlatformRoles.Administrator)) await roles.CreateAsync(new IdentityRole<Guid>(PlatformRoles.Administrator));
            var users = s.GetRequiredService<UserManager<Account>>();
            await users.AddToRoleAsync((await users.FindByIdAsync(admin.Id.ToString()))!, PlatformRoles.Administrator);
        });
        var browser = service.CreateBrowser();
        await browser.SignInAsync(email);
        return browser;
    }

    private Task<bool> IsInRoleAsync(string email, string role) => service.WithScopeAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<Account>>();
        return await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, role);
    });

    [Fact]
    public async Task Administrator_GivesSomeoneTheReviewerRole_AndItIsAudited()
    {
        var browser = await SignedInAdministratorAsync("admin.one@example.org");
        await service.CreateAccountAsync("future.reviewer@example.org", name: "Rita Reviewer");
        var page = await HtmlPage.GetAsync(browser, "/admin/platform-roles");

        var result = await page.SubmitAsync(browser, new Dictionary<string, string> { ["Email"] = "future.reviewer@example.org", ["Role"] = PlatformRoles.Reviewer },
            "main form[action*=Grant]");

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.True(await IsInRoleAsync("future.reviewer@example.org", PlatformRoles.Reviewer));
        var entry = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .SingleAsync(e => e.Action == AuditActions.PlatformRoleGiven && e.Subject == "future.reviewer@example.org"));
        Assert.Equal("admin.one@example.org", entry.ActorEmail);
        Assert.Equal(PlatformRoles.Reviewer, entry.Detail);
    }

    [Fact]
    public async Task Grant_ToAnAddressWithNoAccount_SaysSoAndKeepsTheAddress()
    {
        var browser = await SignedInAdministratorAsync("admin.two@example.org");
        var page = await HtmlPage.GetAsync(browser, "/admin/platform-roles");

        var result = await page.SubmitAsync(browser, new Dictionary<string, string> { ["Email"] = "ghost@example.org", ["Role"] = PlatformRoles.Reviewer },
            "main form[action*=Grant]");

        Assert.Equal("There is no account with this email address. Ask them to create one first", result.FieldError("Email"));
        Assert.Equal("ghost@example.org", result.Value("Email"));
    }

    [Fact]
    public async Task Grant_WithARoleThatDoesNotExist_IsRefused()
    {
        var browser = await SignedInAdministratorAsync("admin.three@example.org");
        await service.CreateAccountAsync("ambitious@example.org");
        var page = await HtmlPage.GetAsync(browser, "/admin/platform-roles");

        var result = await page.SubmitAsync(browser, new Dictionary<string, string> { ["Email"] = "ambitious@example.org", ["Role"] = "SuperUser" },
            "main form[action*=Grant]");

        Assert.Equal("Select a role", result.FieldError("Role"));
        Assert.False(await IsInRoleAsync("ambitious@example.org", PlatformRoles.Administrator));
    }

    [Fact]
    public async Task SomeoneWithoutTheRole_CannotGiveThemselvesOne()
    {
        await service.CreateAccountAsync("climber@example.org");
        var browser = service.CreateBrowser();
        await browser.SignInAsync("climber@example.org");
        var signInPage = await HtmlPage.GetAsync(browser, "/account/change-email"); // any page with a token for this session
        var token = signInPage.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await browser.PostAsync("/admin/platform-roles?handler=Grant", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = token, ["Email"] = "climber@example.org", ["Role"] = PlatformRoles.Administrator }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/error/403", response.Headers.Location!.ToString());
        Assert.False(await IsInRoleAsync("climber@example.org", PlatformRoles.Administrator));
    }
}
