using Microsoft.Playwright;

namespace OpenCommissioning.BrowserTests.Harness;

/// <summary>
/// One headless Chromium (Debian's, never a downloaded one) for a whole test collection; each test opens its own
/// sessions in it, so tests share no cookies.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("Chromium has not started.");

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // As root Chromium needs --no-sandbox; the rest stop it reaching out to the network on its own.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new browsing session (its own cookies) on the service; every page it visits must pass axe.</summary>
    public async Task<BrowserSession> StartSessionAsync(BrowserService service, bool javaScriptEnabled = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = service.BaseAddress.ToString(),
            // The certificate is made by the test run, so no authority vouches for it.
            IgnoreHTTPSErrors = true,
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // The machine is shared and small; waiting longer costs nothing when the page is already there.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await BrowserSession.OpenAsync(context, javaScriptEnabled, service.BaseAddress.ToString());
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
    }
}

/// <summary>
/// One Chromium and one running service for every browser test: starting either costs seconds on two cores, and
/// each test makes its own people and organisations, so they do not get in each other's way.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>, ICollectionFixture<BrowserService>
{
    public const string Name = "Browser";
}
