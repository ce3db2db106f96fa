using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Accounts;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Platform;

public class AuditLogPageTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task Administrator_SeesSignInsWithWhoWhenAndWhere()
    {
        var admin = await service.CreateAccountAsync("auditor@example.org", twoFactor: true);
        await service.WithScopeAsync(async s =>
        {
            var roles = s.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            if (!await roles.RoleExistsAsync(PlatformRoles.Administrator)) await roles.CreateAsync(new IdentityRole<Guid>(PlatformRoles.Administrator));
            var users = s.GetRequiredService<UserManager<Account>>();
            await users.AddToRoleAsync((await users.FindByIdAsync(admin.Id.ToString()))!, PlatformRoles.Administrator);
        });
        await service.CreateBrowser().SignInAsync("nobody-here@example.org", "a wrong password");
        var browser = service.CreateBrowser();
        await browser.SignInAsync(admin.Email!);

        var page = await HtmlPage.GetAsync(browser, "/admin/audit-log?action=account.sign-in-failed");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var row = page.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).Single(t => t.Contains("nobody-here@example.org"));
        Assert.Contains("account.sign-in-failed (no such account)", row);
        Assert.Contains("127.0.0.1", row);
    }

    [Fact]
    public async Task SomeoneWhoIsNotAnAdministrator_IsRefused()
    {
        await service.CreateAccountAsync("curious@example.org");
        var browser = service.CreateBrowser();
        await browser.SignInAsync("curious@example.org");

        var response = await browser.GetAsync("/admin/audit-log");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/error/403", response.Headers.Location!.ToString());
    }
}
