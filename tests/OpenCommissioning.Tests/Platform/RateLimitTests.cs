using System.Net;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Platform;

public class RateLimitTests : IClassFixture<RateLimitTests.LowLimitFactory>
{
    private readonly LowLimitFactory service;
    public RateLimitTests(LowLimitFactory service) => this.service = service;

    public sealed class LowLimitFactory : ServiceFactory
    {
        public LowLimitFactory() => Settings["RateLimits:SignInPerMinute"] = "3";
    }

    [Fact]
    public async Task SignIn_TooManyAttemptsFromOneAddress_AreRefusedWithRetryAfter()
    {
        var browser = service.CreateBrowser();
        for (var i = 0; i < 3; i++) await browser.SignInAsync($"guess{i}@example.org", "wrong password here");

        var page = await HtmlPage.GetAsync(browser, "/sign-in");
        var refused = await page.SubmitAsync(browser, new Dictionary<string, string> { ["Email"] = "guess@example.org", ["Password"] = "another guess" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("60", refused.Response.Headers.GetValues("Retry-After").Single());
        Assert.Equal("Sorry, there have been too many attempts", refused.Heading);
    }
}
