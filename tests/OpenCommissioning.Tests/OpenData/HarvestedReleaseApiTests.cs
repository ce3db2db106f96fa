using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;
using TestNotices = OpenCommissioning.Tests.Opportunities.Notices;

namespace OpenCommissioning.Tests.OpenData;

public class HarvestedReleaseApiTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private async Task<string> HarvestAsync(int sample, string publisher)
    {
        var release = TestNotices.Sample(sample);
        await service.WithScopeAsync(async s =>
        {
            await s.GetRequiredService<ReleaseStore>().AddAsync(release, null, "Contracts Finder", publisher);
            await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        await service.RunJobsAsync();
        return (string)release["ocid"]!;
    }

    private HttpClient Api()
    {
        var client = service.CreateBrowser();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    [Fact]
    public async Task Record_OfAHarvestedProcess_KeepsItsOriginalOcidAndNamesItsPublisher()
    {
        var ocid = await HarvestAsync(101, "Crown Commercial Service");

        var (response, body) = await Api().GetJsonAsync("/api/ocds/records/" + ocid);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Crown Commercial Service", (string?)body["publisher"]!["name"]);
        Assert.Equal(ocid, (string?)body["records"]![0]!["ocid"]);
        Assert.Equal(ocid, (string?)body["records"]![0]!["releases"]![0]!["ocid"]);
    }

    [Fact]
    public async Task Releases_ServeAHarvestedReleaseUnchangedWithItsOriginalOcid()
    {
        var ocid = await HarvestAsync(102, "Crown Commercial Service");
        var releaseId = (string)TestNotices.Sample(102)["id"]!;

        var (response, body) = await Api().GetJsonAsync("/api/ocds/releases/" + Uri.EscapeDataString(releaseId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var release = Assert.Single(body["releases"]!.AsArray())!;
        Assert.Equal(ocid, (string?)release["ocid"]);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(TestNotices.Sample(102), release));
    }

    [Fact]
    public async Task Record_OfOurOwnProcess_NamesThisServiceAsPublisher()
    {
        var ocid = TestNotices.NewOcid();
        await OpenCommissioning.Tests.Opportunities.Notices.PublishAsync(service, TestNotices.Tender(ocid, "Published here"));

        var (_, body) = await Api().GetJsonAsync("/api/ocds/records/" + ocid);

        Assert.NotEqual("Crown Commercial Service", (string?)body["publisher"]!["name"]);
        Assert.False(string.IsNullOrEmpty((string?)body["publisher"]!["name"]));
    }
}
