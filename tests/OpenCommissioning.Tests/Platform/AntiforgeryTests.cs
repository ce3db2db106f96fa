using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Platform;

public class AntiforgeryTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/register")]
    [InlineData("/forgot-password")]
    public async Task Form_CarriesAnAntiforgeryToken(string path)
    {
        var page = await HtmlPage.GetAsync(service.CreateBrowser(), path);

        var token = page.Document.QuerySelector("main form input[name=__RequestVerificationToken]");
        Assert.False(string.IsNullOrEmpty(token?.GetAttribute("value")));
    }

    [Fact]
    public async Task Post_WithoutAToken_IsRefused()
    {
        var browser = service.CreateBrowser();
        await browser.GetAsync("/sign-in");

        var response = await browser.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["Email"] = "someone@example.com", ["Password"] = "whatever it is" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithAForgedToken_IsRefused()
    {
        var browser = service.CreateBrowser();
        var page = await HtmlPage.GetAsync(browser, "/register");

        var result = await page.SubmitAsync(browser, new Dictionary<string, string>
            { ["__RequestVerificationToken"] = "CfDJ8forged", ["FullName"] = "Mallory", ["Email"] = "m@example.com" });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
    }

    [Fact]
    public async Task Cookies_AreSecureHttpOnlyAndSameSite()
    {
        var response = await service.CreateBrowser().GetAsync("/sign-in");

        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("oc-antiforgery="));
        Assert.Contains("secure", antiforgery);
        Assert.Contains("httponly", antiforgery);
        Assert.Contains("samesite=strict", antiforgery);
    }

    [Fact]
    public async Task DataProtectionKeys_AreKeptInTheDatabaseForEveryInstance()
    {
        await service.CreateBrowser().GetAsync("/sign-in");

        var keys = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().DataProtectionKeys.CountAsync());

        Assert.True(keys >= 1);
    }
}
