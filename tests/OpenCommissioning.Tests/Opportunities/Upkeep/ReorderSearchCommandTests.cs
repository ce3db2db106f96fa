using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Opportunities.Upkeep;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities.Upkeep;

public class ReorderSearchCommandTests
{
    private static async Task<(int ExitCode, string Output, string Errors)> ReorderAsync(ServiceFactory service)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exitCode = await ReorderSearchCommand.RunAsync(service.Services, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task ReorderSearch_InTheEmbeddedMode_SaysItIsNotNeeded()
    {
        using var service = new SqliteServiceFactory();
        _ = service.Services; // starts the host, which prepares the embedded database

        var (exitCode, output, errors) = await ReorderAsync(service);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("Not needed in the embedded mode", errors);
    }

    [Fact]
    public async Task ReorderSearch_WhenThePublicationDateIndexIsMissing_SaysSoAndChangesNothing()
    {
        using var service = new ServiceFactory();
        await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Database
            .ExecuteSqlRawAsync($"DROP INDEX {SearchTableUpkeep.PublishedIndex}"));

        var (exitCode, output, errors) = await ReorderAsync(service);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Contains($"no index {SearchTableUpkeep.PublishedIndex}", errors);
    }

    [Fact]
    public async Task ReadAsync_InTheEmbeddedMode_ReadsNothing()
    {
        using var service = new SqliteServiceFactory();

        var reading = await service.ReadOrderAsync();

        Assert.Null(reading);
    }
}
