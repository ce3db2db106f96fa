using System.Net;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities;

public class NoticePageTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task Notice_FromContractsFinder_ShowsEssentialsHistorySourceAndRecordLink()
    {
        var release = Notices.Sample(103);
        var ocid = (string)release["ocid"]!;
        await service.WithScopeAsync(async s =>
        {
            var store = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<OpenCommissioning.OpenData.ReleaseStore>(s);
            await store.AddAsync(release, source: "Contracts Finder");
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<OpenCommissioning.Platform.Data.AppDbContext>(s).SaveChangesAsync();
        });
        await service.RunJobsAsync();

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/notices/" + ocid);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("P-0225 Winter Light Trail Installation Event at Heaton Park", page.Heading);
        Assert.Contains("Manchester City Council", page.Text);
        Assert.Contains("£5,100,000", page.Text);
        Assert.Contains("79952000 Event services", page.Text);
        Assert.Contains("joshua.ward@manchester.gov.uk", page.Text);
        Assert.Contains("Award notice", page.Document.GetElementById("history")!.TextContent);
        var source = page.Document.QuerySelector("#source a")!;
        Assert.Equal("Contracts Finder", source.TextContent);
        Assert.StartsWith("https://www.contractsfinder.service.gov.uk/Notice/", source.GetAttribute("href"));
        Assert.Contains(page.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/api/ocds/records/" + ocid);
    }

    [Fact]
    public async Task Notice_Unknown_IsNotFound()
    {
        var response = await service.CreateBrowser().GetAsync("/notices/ocds-test00-nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Notice_WithScriptInTitleAndJavascriptDocumentUrl_EncodesAndDoesNotLink()
    {
        var ocid = Notices.NewOcid();
        await service.PublishAsync(Notices.Tender(ocid, "<img src=x onerror=alert(1)> support", change: r =>
            r["tender"]!["documents"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["id"] = "1", ["title"] = "Specification", ["url"] = "javascript:alert(1)",
            })));

        var response = await service.CreateBrowser().GetAsync("/notices/" + ocid);
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("javascript:alert", html);
        Assert.Contains("Specification", html);
    }
}
