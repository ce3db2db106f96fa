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
        var address = new Uri(original.Url).GetLeftPart(UriPartial.Query);
        await copy.UnrouteAllAsync();
        // An exact match, not a glob: a query string's '?' and '*' must not widen it, and the copy must never fetch the
        // real address (a one-time link, say) and so check some other page.
        await copy.RouteAsync(url => url == address, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = html,
            Headers = new Dictionary<string, string> { [CopyHeader] = "yes" },
        }));
        var response = await copy.GotoAsync(address);
        if (response?.Headers.ContainsKey(CopyHeader.ToLowerInvariant()) != true)
            throw new InvalidOperationException($"The script-free copy of {address} was not served, so axe would check the wrong page.");
        return copy;
    }

    private const string CopyHeader = "X-Script-Free-Copy";

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    [GeneratedRegex(@"<script\b[^>]*>.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();
}
