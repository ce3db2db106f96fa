using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Platform.Demo;
using OpenCommissioning.Tests.Harness;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform;

/// <summary>The demo is published on the first start of ./run, so a newcomer waits for it.</summary>
public class DemoNoticesSpeedTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Seed_OnAFreshEmbeddedDatabase_PublishesEverySampleProcessWithinSeconds()
    {
        using var service = new SqliteServiceFactory();
        await service.WithScopeAsync(s => Task.FromResult(s.GetRequiredService<DemoNotices>()));
        var clock = Stopwatch.StartNew();

        var result = await service.WithScopeAsync(s => s.GetRequiredService<DemoNotices>().SeedAsync());

        output.WriteLine($"{result.Procurements} procurements, {result.Notices} notices in {clock.Elapsed.TotalSeconds:N1} s");
        Assert.Equal(96, result.Procurements);
        // About 10 s on a busy shared two-core machine, a few on a quiet one; the bound catches a slowdown that grows
        // with the number of notices (a change tracker that is never cleared took 45 s), not an unlucky moment.
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(120));
    }
}
