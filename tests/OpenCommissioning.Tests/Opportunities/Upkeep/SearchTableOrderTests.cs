using System.Net;
using OpenCommissioning.Opportunities.Upkeep;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities.Upkeep;

/// <summary>A service that counts a table of 500 notices as large enough for its order to matter.</summary>
public sealed class SmallTableOrderServiceFactory : ServiceFactory
{
    public SmallTableOrderServiceFactory() => Settings[$"{PublicationOrderOptions.Section}:MinimumRows"] = "500";
}

/// <summary>The readiness check and the reorder-search command on a real PostgreSQL (docs/decisions/0007).</summary>
public class SearchTableOrderTests(SmallTableOrderServiceFactory service) : IClassFixture<SmallTableOrderServiceFactory>
{
    private const int Count = 1000;

    private async Task<(HttpStatusCode Status, string Body)> ReadyAsync()
    {
        var response = await service.CreateBrowser().GetAsync("/health/ready");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<(int ExitCode, string Output, string Errors)> ReorderAsync()
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exitCode = await ReorderSearchCommand.RunAsync(service.Services, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task Ready_WhenNoticesAreStoredOutOfPublicationOrder_SaysDegradedAndNothingMore()
    {
        await service.FillAsync(Count, SearchTableRows.Shuffled(Count));

        var (status, body) = await ReadyAsync();

        Assert.Equal(HttpStatusCode.OK, status); // degraded still takes traffic: searches answer, only slower
        Assert.Equal("Degraded", body);
    }

    [Fact]
    public async Task Ready_WhenNoticesAreStoredInPublicationOrder_SaysHealthy()
    {
        await service.FillAsync(Count, SearchTableRows.InOrder);

        var (status, body) = await ReadyAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task Ready_WhenNoticesAreStoredInReversePublicationOrder_SaysHealthy()
    {
        await service.FillAsync(Count, SearchTableRows.Reversed(Count));

        var reading = await service.ReadOrderAsync();
        var (_, body) = await ReadyAsync();

        Assert.True(reading!.Correlation < -0.9, $"correlation {reading.Correlation}");
        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task Ready_WhenFewerNoticesThanTheMinimum_SaysHealthyHoweverStored()
    {
        await service.FillAsync(200, SearchTableRows.Shuffled(200));

        var (_, body) = await ReadyAsync();

        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task ReorderSearch_WhenOutOfOrder_RaisesTheCorrelationAndReadyIsHealthyAgain()
    {
        await service.FillAsync(Count, SearchTableRows.Shuffled(Count));
        var before = await service.ReadOrderAsync();

        var (exitCode, output, errors) = await ReorderAsync();
        var after = await service.ReadOrderAsync();
        var (_, body) = await ReadyAsync();

        Assert.Equal(0, exitCode);
        Assert.Equal("", errors);
        Assert.True(Math.Abs(before!.Correlation!.Value) < 0.2, $"before {before.Correlation}");
        Assert.True(after!.Correlation > 0.99, $"after {after.Correlation}");
        Assert.Contains($"Before: correlation {before.Correlation:0.00}", output);
        Assert.Contains("After: correlation 1.00", output);
        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task ReorderSearch_WhenStatisticsAreStale_AnalysesFirstAndReportsTheRealBefore()
    {
        await service.FillAsync(Count, SearchTableRows.Reversed(Count), analyse: false);

        var (exitCode, output, _) = await ReorderAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains("Before: correlation -1.00", output);
    }
}
