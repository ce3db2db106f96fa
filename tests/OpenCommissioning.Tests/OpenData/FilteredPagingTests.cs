using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.OpenData;
using OpenCommissioning.OpenData.Api;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Tests.OpenData;

/// <summary>
/// Paging under the search filters: the search is joined in the database, so a filter of any breadth pages to its
/// end, each matching release once and in stored order, whatever the page size.
/// </summary>
public class FilteredPagingTests(OpenDataService service) : IClassFixture<OpenDataService>
{
    private readonly HttpClient client = service.CreateApiClient();

    /// <summary>Filters with what each means, worked out here from the projection rather than by the API's query.</summary>
    private static readonly (string Query, Func<Opportunity, bool> Matches, string? Stage)[] Filters =
    [
        ("region=UK", o => o.RegionCodes.Contains(" UK "), null),
        ("cpv=45000000", o => o.CpvCodes.Contains(" 45"), null),
        ("buyer=council", o => o.BuyerName?.Contains("council", StringComparison.OrdinalIgnoreCase) == true, null),
        ("region=UK&stages=award", o => o.RegionCodes.Contains(" UK "), "award"),
    ];

    [Fact]
    public async Task Releases_WithAFilterMatchingEveryProcess_PagesThroughThemAllRatherThanRefusing()
    {
        var expected = await ExpectedAsync(o => o.RegionCodes.Contains(" UK "), null);

        var pages = await client.AllPagesAsync("/api/ocds/releases?region=UK&limit=4");

        Assert.True(expected.Count > 40, $"the filter should match many releases, not {expected.Count}");
        Assert.Equal(expected, pages.SelectMany(p => p.ReleaseKeys()));
        Assert.Equal((expected.Count + 3) / 4, pages.Count);
        Assert.Null(pages[^1]["links"]);
    }

    [Fact]
    public async Task Releases_UnderAFilterAtAnyPageSize_GivesEachMatchingReleaseOnceWithNoGaps()
    {
        await Gen.Select(Gen.Int[1, 9], Gen.Int[0, Filters.Length - 1]).SampleAsync(async (limit, which) =>
        {
            var (query, matches, stage) = Filters[which];
            var expected = await ExpectedAsync(matches, stage);

            var pages = await client.AllPagesAsync($"/api/ocds/releases?{query}&limit={limit}");

            Assert.NotEmpty(expected);
            Assert.Equal(expected, pages.SelectMany(p => p.ReleaseKeys()));
            Assert.All(pages, p => Assert.InRange(p["releases"]!.AsArray().Count, 1, limit));
            Assert.All(pages[..^1], p => Assert.Contains($"{query}&limit={limit}&cursor=", (string?)p["links"]!["next"]));
        }, iter: 8);
    }

    [Fact]
    public async Task Releases_WithABuyersIdentifier_GivesThatBuyersProcesses()
    {
        var opportunities = await OpportunitiesAsync();
        var buyerId = opportunities.Where(o => o.BuyerId is not null).GroupBy(o => o.BuyerId!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var expected = await ExpectedAsync(o => o.BuyerId == buyerId
            || o.BuyerName?.Contains(buyerId, StringComparison.OrdinalIgnoreCase) == true, null);

        var pages = await client.AllPagesAsync($"/api/ocds/releases?buyer={Uri.EscapeDataString(buyerId)}&limit=1");

        Assert.True(expected.Count > 1, "the buyer should have several releases");
        Assert.Equal(expected, pages.SelectMany(p => p.ReleaseKeys()));
    }

    [Fact]
    public async Task PageQuery_UnderASearch_JoinsTheSearchInTheDatabaseInsteadOfListingItsProcesses()
    {
        var sql = await service.WithScopeAsync(s =>
        {
            var (query, _) = ReleaseQueryParser.Parse(null, null, null, "10", null, null, null, "UK", null);
            var processes = s.GetRequiredService<ReleaseSearchFilter>().Matching(query!).Processes;
            return Task.FromResult(s.GetRequiredService<ReleaseFeed>().PageQuery(query!, processes).ToQueryString());
        });

        Assert.Contains("EXISTS", sql);
        Assert.Contains("opportunities", sql);
        Assert.DoesNotContain("ocds-", sql);
    }

    private Task<List<Opportunity>> OpportunitiesAsync() => service.WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().Set<Opportunity>().AsNoTracking().Where(o => o.DuplicateOf == null).ToListAsync());

    /// <summary>Every release, in stored order, of the processes that match (and have the stage, when given).</summary>
    private async Task<List<string>> ExpectedAsync(Func<Opportunity, bool> matches, string? stage)
    {
        var ocids = (await OpportunitiesAsync()).Where(matches).Select(o => o.Ocid).ToHashSet();
        return (await service.StoredAsync())
            .Where(r => ocids.Contains(r.Ocid) && (stage is null || r.Tags.Split(' ').Contains(stage)))
            .Select(r => $"{r.Ocid} {r.ReleaseId}").ToList();
    }
}

public sealed class SqliteFilteredPagingTests(SqliteOpenDataService service) : FilteredPagingTests(service), IClassFixture<SqliteOpenDataService>;
