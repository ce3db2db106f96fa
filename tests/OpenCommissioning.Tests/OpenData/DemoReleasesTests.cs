using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Platform.Demo;

namespace OpenCommissioning.Tests.OpenData;

public class DemoReleasesTests(OpenDataService service) : IClassFixture<OpenDataService>
{
    [Fact]
    public async Task Seed_StoresEveryValidSampleAndLeavesOutTheInvalidOnes()
    {
        var stored = await service.StoredAsync();

        // release-104 has a URL with a space in it and release-154 lists one supplier twice: both refused by the store.
        Assert.Equal(98, service.Added);
        Assert.Equal(98, stored.Count);
        Assert.All(stored, r => Assert.Equal(("Contracts Finder", "Cabinet Office"), (r.Source, r.PublisherName)));
        Assert.DoesNotContain(stored, r => r.Json.Contains("http://Contract Finder"));
    }

    [Fact]
    public async Task Seed_Again_AddsNothing()
    {
        var added = await service.WithScopeAsync(s => s.GetRequiredService<DemoReleases>().SeedAsync());

        Assert.Equal(0, added);
        Assert.Equal(98, (await service.StoredAsync()).Count);
    }
}
