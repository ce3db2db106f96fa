using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OpenCommissioning.BrowserTests.Harness;

/// <summary>
/// axe is a script, and a page with JavaScript turned off cannot run it. So the page's document, as the person sees
/// it, is served at the same address to a page that can run scripts, with the page's own scripts taken out so that
/// it stays exactly as it was without them. Stylesheets, fonts and images still come from the service.
/// </summary>
internal sealed partial class ScriptFreeCopy(IBrowserContext context, IPage copy) : IAsyncDisposable
{
    public static async Task<ScriptFreeCopy> OpenAsync(IBrowser browser, string baseUrl)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return new ScriptFreeCopy(context, await context.NewPageAsync());
    }

    /// <summary>Loads a copy of the page's current document, ready for axe.</summary>
    public async Task<IPage> LoadAsync(IPage original)
    {
        var html = Scripts().Replace(await original.ContentAsync(), "");
        var url = original.Url;
        await copy.UnrouteAllAsync();
        await copy.RouteAsync(url, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = html,
        }));
        await copy.GotoAsync(url);
        return copy;
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    [GeneratedRegex(@"<script\b[^>]*>.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();
}
