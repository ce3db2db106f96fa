using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace OpenCommissioning.BrowserTests.Harness;

/// <summary>
/// A browser context with one page that keeps a log of every document it loads. Ending the session fails the test
/// if any of them was not checked with axe, so a journey cannot skip the check by navigating some other way.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly ConditionalWeakTable<IPage, BrowserSession> Sessions = new();
    private readonly IBrowserContext context;
    private readonly ScriptFreeCopy? scriptFreeCopy;
    private readonly List<string> loaded = [];
    private int checkedCount;

    private BrowserSession(IBrowserContext context, IPage page, ScriptFreeCopy? scriptFreeCopy)
    {
        this.context = context;
        this.scriptFreeCopy = scriptFreeCopy;
        Page = page;
        page.Load += (_, p) => { lock (loaded) loaded.Add(p.Url); };
    }

    public IPage Page { get; }

    public static async Task<BrowserSession> OpenAsync(IBrowserContext context, bool javaScriptEnabled, string baseUrl)
    {
        var copy = javaScriptEnabled ? null : await ScriptFreeCopy.OpenAsync(context.Browser!, baseUrl);
        var session = new BrowserSession(context, await context.NewPageAsync(), copy);
        Sessions.Add(session.Page, session);
        return session;
    }

    /// <summary>The page axe should run in: the page itself, or a script-free copy of it when JavaScript is off.</summary>
    internal static async Task<IPage> AxeTargetAsync(IPage page) =>
        Sessions.TryGetValue(page, out var session) && session.scriptFreeCopy is { } copy ? await copy.LoadAsync(page) : page;

    /// <summary>Notes that every document loaded so far has been checked (or its check has failed the test).</summary>
    internal static void MarkChecked(IPage page)
    {
        if (!Sessions.TryGetValue(page, out var session)) return;
        lock (session.loaded) session.checkedCount = session.loaded.Count;
    }

    public async ValueTask DisposeAsync()
    {
        List<string> notChecked;
        lock (loaded) notChecked = loaded.Skip(checkedCount).ToList();
        await context.CloseAsync();
        if (scriptFreeCopy is not null) await scriptFreeCopy.DisposeAsync();
        if (notChecked.Count > 0)
            Assert.Fail("These pages were visited but never checked with axe: " + string.Join(", ", notChecked));
    }
}
