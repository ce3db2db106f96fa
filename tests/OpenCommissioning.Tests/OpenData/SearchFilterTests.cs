using System.Net;
using System.Text.Json.Nodes;
using OpenCommissioning.OpenData;

namespace OpenCommissioning.Tests.OpenData;

/// <summary>
/// The q, cpv, region and buyer filters, which Contracts Finder's API lacks. Each answers every release of the
/// matching contracting processes, in stored order, through the same search the search page uses.
/// </summary>
public class SearchFilterTests(OpenDataService service) : IClassFixture<OpenDataService>
{
    private readonly HttpClient client = service.CreateApiClient();

    [Fact]
    public async Task Releases_WithKeywords_GivesTheProcessesWhoseTitleHasTheWord()
    {
        var expected = await ReleasesOfProcessesWhereAsync(r => Text(r["tender"]?["title"]).Contains("maintenance", StringComparison.OrdinalIgnoreCase));

        var found = await WalkAsync("/api/ocds/releases?q=maintenance&limit=2");

        Assert.NotEmpty(expected);
        Assert.Subset(found.ToHashSet(), expected.ToHashSet());
        Assert.All(found, key => Assert.Contains("mainten", ProcessText(key), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Releases_WithACpvDivision_GivesTheProcessesClassifiedBeneathIt()
    {
        // The main classification or any additional one counts (release-165 is road markings with road-maintenance works).
        var expected = await ReleasesOfProcessesWhereAsync(r => (r["tender"]?["additionalClassifications"]?.AsArray() ?? [])
            .Append(r["tender"]?["classification"]).Any(c => Text(c?["id"]).StartsWith("45")));

        var found = await WalkAsync("/api/ocds/releases?cpv=45000000&limit=3");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task Releases_WithARegionName_GivesTheProcessesDeliveredThere()
    {
        var expected = await ReleasesOfProcessesWhereAsync(r => r["tender"]?["items"]?.AsArray()
            .SelectMany(i => i!["deliveryAddresses"]?.AsArray() ?? []).Any(a => Text(a!["region"]) == "London") == true);

        var found = await WalkAsync("/api/ocds/releases?region=London");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task Releases_WithPartOfABuyersName_GivesThatBuyersProcesses()
    {
        var expected = await ReleasesOfProcessesWhereAsync(r => Text(r["buyer"]?["name"]).Contains("Doncaster", StringComparison.OrdinalIgnoreCase));

        var found = await WalkAsync("/api/ocds/releases?buyer=doncaster&limit=1");

        Assert.Equal(4, expected.Count);
        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("cpv=12345678", "cpv")]
    [InlineData("cpv=health", "cpv")]
    [InlineData("region=Atlantis", "region")]
    public async Task Releases_WithAnUnknownCodeOrRegion_AnswersAProblemNamingTheParameter(string query, string parameter)
    {
        var (response, body) = await client.GetJsonAsync($"/api/ocds/releases?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, (string?)body["parameter"]);
    }

    private async Task<List<string>> WalkAsync(string url) =>
        (await client.AllPagesAsync(url)).SelectMany(p => p.ReleaseKeys()).ToList();

    private List<StoredRelease> stored = [];

    /// <summary>Every release, in stored order, of the processes having any release that meets the condition.</summary>
    private async Task<List<string>> ReleasesOfProcessesWhereAsync(Func<JsonNode, bool> condition)
    {
        stored = await service.StoredAsync();
        var ocids = stored.Where(r => condition(JsonNode.Parse(r.Json)!)).Select(r => r.Ocid).ToHashSet();
        return stored.Where(r => ocids.Contains(r.Ocid)).Select(r => $"{r.Ocid} {r.ReleaseId}").ToList();
    }

    private string ProcessText(string key) =>
        string.Join(" ", stored.Where(r => key.StartsWith(r.Ocid + " ")).Select(r => r.Json));

    private static string Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s) ? s : "";
}

public sealed class SqliteSearchFilterTests(SqliteOpenDataService service) : SearchFilterTests(service), IClassFixture<SqliteOpenDataService>;
