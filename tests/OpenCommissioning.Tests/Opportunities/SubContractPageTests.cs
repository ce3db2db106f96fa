using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Notices;

namespace OpenCommissioning.Tests.Opportunities;

/// <summary>A sub-contract opportunity's page links to its contract, and the contract's page lists its sub-contract opportunities.</summary>
public sealed class SubContractPageTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    [Fact]
    public async Task SubContract_ShowsPartOfContractLinkedToTheParentWithItsTitleEncoded()
    {
        var parent = await service.StoreContractAsync("<b>Homecare</b> & reablement in Leeds");
        var prime = await service.BuyerAsync();
        var child = await service.PublishSubContractAsync(prime, parent, "Night visits for the homecare contract");

        var response = await service.CreateBrowser().GetAsync("/notices/" + child);
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlPage.ParseAsync(response);

        var link = page.Document.QuerySelector("#parent-contract a")!;
        Assert.Equal("<b>Homecare</b> & reablement in Leeds", link.TextContent);
        Assert.Equal("/notices/" + parent, link.GetAttribute("href"));
        Assert.StartsWith("Part of contract:", page.Document.GetElementById("parent-contract")!.TextContent.Trim());
        Assert.Contains("&lt;b&gt;Homecare&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>Homecare</b>", html);
    }

    [Fact]
    public async Task Contract_ListsItsSubContractOpportunitiesWithTitlesEncoded()
    {
        var parent = await service.StoreContractAsync();
        var prime = await service.BuyerAsync();
        var first = await service.PublishSubContractAsync(prime, parent, "Night visits <i>urgent</i>");
        var second = await service.PublishSubContractAsync(prime, parent, "Weekend cover");

        var response = await service.CreateBrowser().GetAsync("/notices/" + parent);
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlPage.ParseAsync(response);

        var links = page.Document.QuerySelectorAll("#sub-contracts a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(2, links.Count);
        Assert.Contains(("Night visits <i>urgent</i>", "/notices/" + first), links);
        Assert.Contains(("Weekend cover", "/notices/" + second), links);
        Assert.Contains("Sub-contract opportunities", page.Text);
        Assert.Contains("Night visits &lt;i&gt;urgent&lt;/i&gt;", html);
    }

    [Fact]
    public async Task SubContract_IsNotTakenForADuplicateOfItsContract()
    {
        var parent = await service.StoreContractAsync();
        var prime = await service.BuyerAsync();

        var child = await service.PublishSubContractAsync(prime, parent, "Night visits for the homecare contract");

        var row = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Opportunity>().AsNoTracking().SingleAsync(o => o.Ocid == child));
        Assert.Null(row.DuplicateOf);
        Assert.Equal(parent, row.ParentOcid);
    }

    [Fact]
    public async Task Contract_WithoutSubContracts_ShowsNoList()
    {
        var parent = await service.StoreContractAsync();

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/notices/" + parent);

        Assert.Null(page.Document.GetElementById("sub-contracts"));
        Assert.Null(page.Document.GetElementById("parent-contract"));
    }

    [Fact]
    public async Task HarvestedSubContract_WhenParentUnknownHere_ShowsTheOcidWithoutALink()
    {
        var ocid = Notices.NewOcid();
        await service.PublishAsync(Notices.Tender(ocid, "Cleaning sub-contract", change: r => r["relatedProcesses"] = new JsonArray(new JsonObject
        {
            ["id"] = "1", ["relationship"] = new JsonArray("parent"), ["scheme"] = "ocid", ["identifier"] = "ocds-elsewhere-42",
        })));

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/notices/" + ocid);

        var parent = page.Document.GetElementById("parent-contract")!;
        Assert.Contains("ocds-elsewhere-42", parent.TextContent);
        Assert.Null(parent.QuerySelector("a"));
    }
}
