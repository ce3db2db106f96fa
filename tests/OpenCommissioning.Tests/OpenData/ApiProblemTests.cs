using System.Net;

namespace OpenCommissioning.Tests.OpenData;

public class ApiProblemTests(OpenDataService service) : IClassFixture<OpenDataService>
{
    private readonly HttpClient client = service.CreateApiClient();

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("cursor=garbage", "cursor")]
    [InlineData("cursor=YWZ0ZXI6LTE", "cursor")]
    [InlineData("publishedFrom=notadate", "publishedFrom")]
    [InlineData("publishedTo=31/01/2025", "publishedTo")]
    [InlineData("publishedFrom=2025-02-01&publishedTo=2025-01-01", "publishedTo")]
    [InlineData("stages=nonsense", "stages")]
    [InlineData("stages=tender,,award", "stages")]
    public async Task Releases_WithABadParameter_AnswersAProblemNamingIt(string query, string parameter)
    {
        var (response, body) = await client.GetJsonAsync($"/api/ocds/releases?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, (int?)body["status"]);
        Assert.Equal(parameter, (string?)body["parameter"]);
        Assert.Contains(parameter, (string?)body["detail"]);
    }

    [Fact]
    public async Task Releases_WithSeveralBadParameters_ListsEachOfThem()
    {
        var (_, body) = await client.GetJsonAsync("/api/ocds/releases?limit=0&publishedFrom=yesterday");

        Assert.Equal(["publishedFrom", "limit"], body["errors"]!.AsArray().Select(e => (string?)e!["parameter"]));
    }

    [Theory]
    [InlineData("/api/ocds/releases/no-such-release")]
    [InlineData("/api/ocds/records/ocds-b5fd17-no-such-process")]
    [InlineData("/api/ocds/bulk/1999-01.jsonl.gz")]
    [InlineData("/api/ocds/bulk/latest.zip")]
    public async Task Get_Unknown_AnswersANotFoundProblem(string url)
    {
        var (response, body) = await client.GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (int?)body["status"]);
        Assert.False(string.IsNullOrEmpty((string?)body["detail"]));
    }
}
