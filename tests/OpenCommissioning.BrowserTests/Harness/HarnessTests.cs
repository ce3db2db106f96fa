using Microsoft.Playwright;
using Xunit.Sdk;

namespace OpenCommissioning.BrowserTests.Harness;

/// <summary>The harness's own promises: axe failures are reported in full, with or without JavaScript, and a page
/// visited without a check fails the test.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HarnessTests(Chromium chromium, BrowserService service)
{
    private const string BrokenPage = """
        <!DOCTYPE html><html lang="en"><head><title>Broken</title></head>
        <body><main><h1>Broken</h1><img src="/assets/images/favicon.svg" id="no-alt"></main></body></html>
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CheckAccessibility_WhenAnImageHasNoText_FailsNamingTheRuleAndTheElement(bool javaScriptEnabled)
    {
        await using var session = await chromium.StartSessionAsync(service, javaScriptEnabled);
        await session.Page.RouteAsync("**/broken", route => route.FulfillAsync(new() { ContentType = "text/html", Body = BrokenPage }));

        var failure = await Assert.ThrowsAsync<FailException>(() => session.Page.VisitAsync("/broken"));

        Assert.Contains("- image-alt (critical): Images must have alternative text", failure.Message);
        Assert.Contains("at #no-alt:", failure.Message);
    }

    [Fact]
    public async Task EndingASession_WhenAPageWasNeverChecked_FailsNamingThePage()
    {
        var session = await chromium.StartSessionAsync(service);
        await session.Page.VisitAsync("/");
        await session.Page.GotoAsync("/cookies");

        var failure = await Assert.ThrowsAsync<FailException>(async () => await session.DisposeAsync());

        Assert.Equal($"These pages were visited but never checked with axe: {service.Url("/cookies")}", failure.Message);
    }
}
