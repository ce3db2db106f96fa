using System.Net;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Platform;

public class SecurityHeadersTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task EveryPage_SetsAStrictContentSecurityPolicyAndFriends()
    {
        var response = await service.CreateBrowser().GetAsync("/");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self' 'nonce-", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task InlineScripts_CarryThisResponsesNonce()
    {
        var response = await service.CreateBrowser().GetAsync("/");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var nonce = csp.Split("'nonce-")[1].Split('\'')[0];
        var page = await HtmlPage.ParseAsync(response);

        var scripts = page.Document.QuerySelectorAll("script");
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Equal(nonce, s.GetAttribute("nonce")));
    }

    [Fact]
    public async Task Hsts_IsSentOutsideDevelopment()
    {
        var response = await service.CreateBrowser().GetAsync("/cookies");

        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task UnknownPage_ShowsTheGovUkPageNotFound()
    {
        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Heading);
    }

    [Theory]
    [InlineData("/account")]
    [InlineData("/account/two-factor")]
    [InlineData("/account/change-email")]
    public async Task PrivatePage_SendsAnonymousPeopleToSignIn(string path)
    {
        var response = await service.CreateBrowser().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in?returnUrl=", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task PublicPages_AreOpenToEveryone()
    {
        var browser = service.CreateBrowser();
        foreach (var path in new[] { "/", "/cookies", "/privacy", "/accessibility", "/sign-in", "/register" })
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(path)).StatusCode);
    }
}
