namespace OpenCommissioning.Harvesting;

/// <summary>
/// Reads (and checks) the next page while the current one is written, so the portal's answer, the parse and the
/// validation overlap the database's work. One page at most is read ahead; it is used only if it is the page the
/// run asks for next, and abandoned otherwise (the budget ran out, the source was paused, the page failed), so the
/// position and the one-transaction-per-page rule are unchanged.
/// </summary>
internal sealed class PageReadAhead : IAsyncDisposable
{
    private (Uri Url, Task<CheckedPage> Page, CancellationTokenSource Cancel)? next;

    public void Start(Uri url, Func<Uri, CancellationToken, Task<CheckedPage>> read, CancellationToken cancellationToken)
    {
        if (next is not null) throw new InvalidOperationException("A page is already being read ahead.");
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        next = (url, Task.Run(() => read(url, cancel.Token), CancellationToken.None), cancel);
    }

    /// <summary>The page read ahead when it is <paramref name="url"/> (its failure, if it failed); null otherwise.</summary>
    public async Task<CheckedPage?> TakeAsync(Uri url)
    {
        if (next is not { } ahead) return null;
        next = null;
        if (ahead.Url != url)
        {
            await AbandonAsync(ahead);
            return null;
        }
        try { return await ahead.Page; }
        finally { ahead.Cancel.Dispose(); }
    }

    public async ValueTask DisposeAsync()
    {
        if (next is not { } ahead) return;
        next = null;
        await AbandonAsync(ahead);
    }

    private static async Task AbandonAsync((Uri Url, Task<CheckedPage> Page, CancellationTokenSource Cancel) ahead)
    {
        await ahead.Cancel.CancelAsync();
        // A page nobody will use: whether it was read, cancelled or failed is of no concern to the run.
        try { await ahead.Page; }
        catch (Exception) { }
        finally { ahead.Cancel.Dispose(); }
    }
}
