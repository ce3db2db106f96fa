using OpenCommissioning.Harvesting;

namespace OpenCommissioning.Tests.Harvesting;

public class PageReadAheadTests
{
    private static readonly Uri Next = new("http://portal.test/p2");
    private static readonly CheckedPage Empty = new(new HarvestPage([], [], null, null, null), []);

    [Fact]
    public async Task Take_TheUrlReadAhead_GivesThatPage()
    {
        await using var ahead = new PageReadAhead();
        ahead.Start(Next, (_, _) => Task.FromResult(Empty), CancellationToken.None);

        var page = await ahead.TakeAsync(Next);

        Assert.Same(Empty, page);
        Assert.Null(await ahead.TakeAsync(Next));
    }

    [Fact]
    public async Task Take_AnotherUrl_CancelsTheReadAheadAndGivesNothing()
    {
        var cancelled = new TaskCompletionSource();
        await using var ahead = new PageReadAhead();
        ahead.Start(Next, async (_, token) =>
        {
            await using var registration = token.Register(() => cancelled.TrySetResult());
            await Task.Delay(Timeout.Infinite, token);
            return Empty;
        }, CancellationToken.None);

        var page = await ahead.TakeAsync(new Uri("http://portal.test/window?from=2026-01-01"));

        Assert.Null(page);
        Assert.True(cancelled.Task.IsCompleted);
    }

    [Fact]
    public async Task Take_WhenTheReadAheadFailed_ThrowsItsFailure()
    {
        await using var ahead = new PageReadAhead();
        ahead.Start(Next, (_, _) => Task.FromException<CheckedPage>(new HarvestFailure("Could not read the page.")), CancellationToken.None);

        var failure = await Assert.ThrowsAsync<HarvestFailure>(() => ahead.TakeAsync(Next));

        Assert.Equal("Could not read the page.", failure.Message);
    }

    [Fact]
    public async Task Dispose_WithAPageStillBeingRead_CancelsItWithoutThrowing()
    {
        var cancelled = new TaskCompletionSource();
        var ahead = new PageReadAhead();
        ahead.Start(Next, async (_, token) =>
        {
            await using var registration = token.Register(() => cancelled.TrySetResult());
            await Task.Delay(Timeout.Infinite, token);
            return Empty;
        }, CancellationToken.None);

        await ahead.DisposeAsync();

        Assert.True(cancelled.Task.IsCompleted);
    }
}
