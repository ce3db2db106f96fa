using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.OpenData;

/// <summary>What the data API promises over HTTP: ETags, CORS, the OpenAPI description and the unsupported filters.</summary>
public class ApiHttpTests(OpenDataService service) : IClassFixture<OpenDataService>
{
    private readonly HttpClient client = service.CreateApiClient();

    [Theory]
    [InlineData("/api/ocds/releases?limit=5")]
    [InlineData("/api/ocds/bulk")]
    [InlineData("/api/ocds/bulk/2025-03.jsonl.gz")]
    public async Task Get_WithTheETagItGave_AnswersNotModifiedWithoutABody(string url)
    {
        var first = await client.GetAsync(url);
        var entityTag = first.Headers.ETag;
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(entityTag!);

        var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(entityTag, second.Headers.ETag);
    }

    [Fact]
    public async Task Get_WithAnOutdatedETag_AnswersTheBody()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/ocds/releases?limit=5");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-the-current-one\""));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["releases"]!.AsArray().Count);
    }

    [Fact]
    public async Task Get_FromAnotherSite_AllowsItToReadTheAnswer()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/ocds/releases?limit=1");
        request.Headers.Add("Origin", "https://data.example.org");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryEndpointAndTheReleaseParameters()
    {
        var (response, document) = await client.GetJsonAsync("/api/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = document["paths"]!.AsObject().Select(p => p.Key).Order().ToList();
        Assert.Equal(["/api/ocds/bulk", "/api/ocds/bulk/{file}", "/api/ocds/records/{ocid}", "/api/ocds/releases", "/api/ocds/releases/{id}"], paths);
        var parameters = document["paths"]!["/api/ocds/releases"]!["get"]!["parameters"]!.AsArray().Select(p => (string?)p!["name"]);
        Assert.Equal(["publishedFrom", "publishedTo", "stages", "limit", "cursor", "q", "cpv", "region", "buyer"], parameters);
    }

    [Fact]
    public async Task OpenDataPage_ListsTheBulkFilesAndTheLimit()
    {
        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/open-data");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Open data", page.Heading);
        Assert.Contains("600 requests a minute", page.Text);
        var link = Assert.Single(page.Document.QuerySelectorAll("a[href^='/api/ocds/bulk/']"));
        Assert.Equal("/api/ocds/bulk/2025-03.jsonl.gz", link.GetAttribute("href"));
        Assert.Contains("March 2025", link.TextContent);
    }
}
