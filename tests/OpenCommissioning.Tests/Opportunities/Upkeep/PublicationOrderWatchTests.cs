using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenCommissioning.Opportunities.Upkeep;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Tests.Opportunities.Upkeep;

/// <summary>The log warning an operator sees at start-up, and again only when the table drifts out of order anew.</summary>
public class PublicationOrderWatchTests(SmallTableOrderServiceFactory service) : IClassFixture<SmallTableOrderServiceFactory>
{
    private const int Count = 1000;
    private readonly ListLogger log = new();

    private PublicationOrderWatch Watch() => new(service.Services.GetRequiredService<IServiceScopeFactory>(),
        service.Services.GetRequiredService<DatabaseInfo>(), service.Services.GetRequiredService<IOptions<PublicationOrderOptions>>(), log);

    [Fact]
    public async Task Look_WhenOutOfOrder_WarnsOnceNamingTheCommand()
    {
        await service.FillAsync(Count, SearchTableRows.Shuffled(Count));
        var watch = Watch();

        var first = await watch.LookAsync(null, CancellationToken.None);
        var second = await watch.LookAsync(first, CancellationToken.None);

        Assert.Equal(PublicationOrderState.OutOfOrder, first);
        Assert.Equal(PublicationOrderState.OutOfOrder, second);
        var (level, message) = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Contains("out of publication order (correlation", message);
        Assert.Contains("reorder-search", message);
    }

    [Fact]
    public async Task Look_WhenInOrder_StaysQuiet()
    {
        await service.FillAsync(Count, SearchTableRows.InOrder);

        var state = await Watch().LookAsync(null, CancellationToken.None);

        Assert.Equal(PublicationOrderState.InOrder, state);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public async Task Look_AfterReordering_SaysTheTableIsBackInOrder()
    {
        await service.FillAsync(Count, SearchTableRows.Shuffled(Count));
        var watch = Watch();
        var before = await watch.LookAsync(null, CancellationToken.None);
        await ReorderSearchCommand.RunAsync(service.Services, TextWriter.Null, TextWriter.Null);

        var after = await watch.LookAsync(before, CancellationToken.None);

        Assert.Equal(PublicationOrderState.InOrder, after);
        Assert.Equal(LogLevel.Information, log.Entries[^1].Level);
        Assert.Contains("back in publication order", log.Entries[^1].Message);
    }

    private sealed class ListLogger : ILogger<PublicationOrderWatch>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Information) Entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
