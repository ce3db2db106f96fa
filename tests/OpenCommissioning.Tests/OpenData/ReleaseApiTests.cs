using System.Net;
using System.Text.Json.Nodes;
using CsCheck;
using OpenCommissioning.OpenData;

namespace OpenCommissioning.Tests.OpenData;

public class ReleaseApiTests(OpenDataService service) : IClassFixture<OpenDataService>
{
    private readonly HttpClient client = service.CreateApiClient();

    [Fact]
    public async Task Releases_FollowingLinksNext_GivesEveryStoredReleaseExactlyOnceInStoredOrder()
    {
        var stored = await service.StoredAsync();

        var pages = await client.AllPagesAsync("/api/ocds/releases?limit=7");

        var walked = pages.SelectMany(p => p.ReleaseKeys()).ToList();
        Assert.Equal(stored.Select(r => $"{r.Ocid} {r.ReleaseId}"), walked);
        Assert.Equal((stored.Count + 6) / 7, pages.Count);
        Assert.Null(pages[^1]["links"]);
    }

    [Fact]
    public async Task Releases_AnyPageSize_WalksEveryReleaseOnce()
    {
        var expected = (await service.StoredAsync()).Select(r => $"{r.Ocid} {r.ReleaseId}").ToList();

        await Gen.Int[1, 100].SampleAsync(async limit =>
        {
            var pages = await client.AllPagesAsync($"/api/ocds/releases?limit={limit}");
            Assert.Equal(expected, pages.SelectMany(p => p.ReleaseKeys()));
            Assert.All(pages, p => Assert.InRange(p["releases"]!.AsArray().Count, 1, limit));
        }, iter: 6);
    }

    [Fact]
    public async Task Releases_Package_HasTheShapeOfContractsFindersPackages()
    {
        var (response, body) = await client.GetJsonAsync("/api/ocds/releases?limit=2");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["uri", "version", "extensions", "publishedDate", "publisher", "license", "publicationPolicy", "releases", "links"],
            body.Select(p => p.Key));
        Assert.Equal("1.1", (string?)body["version"]);
        Assert.Equal(OpenDataPublication.OpenGovernmentLicence, (string?)body["license"]);
        Assert.StartsWith("https://localhost/api/ocds/releases?limit=2&cursor=", (string?)body["links"]!["next"]);
        Assert.Equal("https://localhost/api/ocds/releases?limit=2", (string?)body["uri"]);
    }

    [Fact]
    public async Task Releases_WithDates_GivesOnlyReleasesDatedInTheRange()
    {
        var stored = await service.StoredAsync();
        var from = new DateTimeOffset(2025, 3, 11, 10, 30, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2025, 3, 11, 12, 0, 0, TimeSpan.Zero);

        var pages = await client.AllPagesAsync("/api/ocds/releases?publishedFrom=2025-03-11T10:30:00&publishedTo=2025-03-11T12:00:00Z&limit=10");

        var expected = stored.Where(r => r.Date >= from && r.Date < to).Select(r => $"{r.Ocid} {r.ReleaseId}").ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < stored.Count, "the range should leave some releases out");
        Assert.Equal(expected, pages.SelectMany(p => p.ReleaseKeys()));
        Assert.True(pages.Count > 1, "the range should span several pages");
        Assert.Contains("publishedFrom=2025-03-11T10%3A30%3A00", (string?)pages[0]["links"]!["next"]);
    }

    [Theory]
    [InlineData("tender")]
    [InlineData("planning,awardUpdate")]
    [InlineData("AWARD")]
    public async Task Releases_WithStages_GivesOnlyReleasesWithOneOfThoseTags(string stages)
    {
        var wanted = stages.Split(',').Select(s => s.ToLowerInvariant()).ToHashSet();
        var stored = await service.StoredAsync();

        var pages = await client.AllPagesAsync($"/api/ocds/releases?stages={stages}");

        var expected = stored.Where(r => r.Tags.Split(' ').Any(t => wanted.Contains(t.ToLowerInvariant())))
            .Select(r => $"{r.Ocid} {r.ReleaseId}").ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, pages.SelectMany(p => p.ReleaseKeys()));
    }

    [Fact]
    public async Task ReleaseById_Known_GivesAPackageHoldingThatRelease()
    {
        var release = (await service.StoredAsync())[5];

        var (response, body) = await client.GetJsonAsync($"/api/ocds/releases/{Uri.EscapeDataString(release.ReleaseId)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([$"{release.Ocid} {release.ReleaseId}"], body.ReleaseKeys());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(release.Json), body["releases"]![0]));
    }

    [Fact]
    public async Task Record_Known_HoldsEveryReleaseOfTheProcessAndItsCompiledRelease()
    {
        var stored = await service.StoredAsync();
        var process = stored.GroupBy(r => r.Ocid).First(g => g.Count() > 1);

        var (response, body) = await client.GetJsonAsync($"/api/ocds/records/{process.Key}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = Assert.Single(body["records"]!.AsArray())!;
        Assert.Equal(process.Key, (string?)record["ocid"]);
        Assert.Equal(process.Select(r => r.ReleaseId), record["releases"]!.AsArray().Select(r => (string?)r!["id"]));
        Assert.Equal("compiled", (string?)record["compiledRelease"]!["tag"]![0]);
    }
}

public sealed class SqliteReleaseApiTests(SqliteOpenDataService service) : ReleaseApiTests(service), IClassFixture<SqliteOpenDataService>;
