using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.OpenData;

public class ReleaseStoreTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private static JsonObject Sample(int number) => JsonNode.Parse(File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "TestData", "contracts-finder", "releases", $"release-{number}.json")))!.AsObject();

    private Task<ReleaseAddResult> AddAsync(JsonObject release) => service.WithScopeAsync(async s =>
    {
        var result = await s.GetRequiredService<ReleaseStore>().AddAsync(release, source: "Contracts Finder", publisherName: "Cabinet Office");
        await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return result;
    });

    [Fact]
    public async Task Add_AValidRelease_StoresItOnceWithItsTags()
    {
        var release = Sample(101);

        var first = await AddAsync(release);
        var second = await AddAsync(Sample(101));

        Assert.Equal(ReleaseOutcome.Added, first.Outcome);
        Assert.Equal(ReleaseOutcome.AlreadyStored, second.Outcome);
        var stored = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<StoredRelease>()
            .Where(r => r.Ocid == (string)release["ocid"]!).ToListAsync());
        Assert.Equal("award", Assert.Single(stored).Tags);
        Assert.True(JsonNode.DeepEquals(release, JsonNode.Parse(stored[0].Json)));
    }

    [Fact]
    public async Task Add_AnInvalidRelease_IsRefusedWithTheFindingsAndNothingStored()
    {
        var release = Sample(102);
        release["date"] = "not a date";
        var ocid = (string)release["ocid"]!;

        var result = await AddAsync(release);

        Assert.Equal(ReleaseOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, f => f.Path == "date");
        Assert.False(await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<StoredRelease>().AnyAsync(r => r.Ocid == ocid)));
    }

    [Fact]
    public async Task CompiledRelease_MergesEveryStoredReleaseOfTheProcess()
    {
        var tender = Sample(103);
        var award = JsonNode.Parse(tender.ToJsonString())!.AsObject();
        award["id"] = tender["id"] + "-award";
        award["date"] = DateTimeOffset.Parse((string)tender["date"]!).AddDays(30).ToString("yyyy-MM-ddTHH:mm:ssZ");
        award["tender"]!["title"] = "Renamed in a later release";
        await AddAsync(tender);
        await AddAsync(award);

        var compiled = await service.WithScopeAsync(s => s.GetRequiredService<ReleaseStore>().CompiledReleaseAsync((string)tender["ocid"]!));

        Assert.Equal("Renamed in a later release", (string)compiled!["tender"]!["title"]!);
        Assert.Equal("compiled", (string)compiled["tag"]![0]!);
    }
}
