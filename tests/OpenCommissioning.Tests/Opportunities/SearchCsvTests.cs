using System.Net;
using System.Text.Json;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities;

public class SearchCsvTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=10001", "page")]
    [InlineData("page=two", "page")]
    [InlineData("sort=cheapest", "sort")]
    [InlineData("publishedFrom=31/2/2025", "publishedFrom")]
    [InlineData("closingTo=tomorrow", "closingTo")]
    [InlineData("valueFrom=lots", "valueFrom")]
    [InlineData("valueFrom=5000&valueTo=100", "valueTo")]
    [InlineData("type=bogus", "type")]
    [InlineData("status=asleep", "status")]
    [InlineData("region=Atlantis", "region")]
    [InlineData("cpv=123", "cpv")]
    public async Task SearchCsv_WithABadParameter_AnswersAProblemNamingIt(string query, string parameter)
    {
        var response = await service.CreateBrowser().GetAsync($"/search.csv?q=care&{query}");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Equal($"The {parameter} parameter is not valid", problem.GetProperty("title").GetString());
        Assert.EndsWith(".", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task SearchCsv_WithSeveralBadParameters_ListsEachOne()
    {
        var response = await service.CreateBrowser().GetAsync("/search.csv?sort=cheapest&page=-1&region=Atlantis");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var named = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("parameter").GetString()).Order().ToList();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Some parameters are not valid", problem.GetProperty("title").GetString());
        Assert.Equal(["page", "region", "sort"], named);
        Assert.Contains("‘Atlantis’ is not a UK region", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task SearchCsv_WithGoodParameters_IsACsvFile()
    {
        var response = await service.CreateBrowser().GetAsync("/search.csv?q=care&sort=newest&page=2&region=UKE&valueFrom=1000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("ocid,title,buyer", await response.Content.ReadAsStringAsync());
    }
}
