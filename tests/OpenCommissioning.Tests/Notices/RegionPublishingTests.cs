using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Notices;
using OpenCommissioning.Ocds.Validation;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>
/// A notice delivered in a sub-region, from the form to the search: the release names it by its NUTS 2 code, and the
/// region filter finds it by that code and by its region. The filter is a LIKE on SQLite and the GIN index on
/// PostgreSQL, so both run.
/// </summary>
public abstract class RegionPublishingTests(ServiceFactory service)
{
    private async Task<(string Word, string Ocid, System.Text.Json.Nodes.JsonObject Release)> PublishInAsync(params string[] regions)
    {
        var buyer = await service.BuyerAsync();
        var word = "Region" + Guid.NewGuid().ToString("N")[..8];
        var form = NoticeArrange.ValidTender().With("Input.Title", $"{word} support services").With("Input.Postcodes", "");
        var drafted = await RegionForm.PostAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id), form, regions);
        var id = Guid.Parse(drafted.Location?.Split('/').Last() ?? throw new InvalidOperationException(string.Join("; ", drafted.ErrorSummary)));
        await buyer.PublishAsync(id);
        await service.RunJobsAsync();
        var notice = await service.NoticeAsync(id);
        var release = Assert.Single(await service.ReleasesAsync(), r => r.ReleaseId == notice.ReleaseId).Json();
        return (word, (string)release["ocid"]!, release);
    }

    private Task<IReadOnlyList<string>> FindAsync(string word, params string[] regions) =>
        service.WithScopeAsync(s => s.GetRequiredService<OpportunitySearch>().MatchingOcidsAsync(new OpportunityQuery { Keywords = word, Regions = regions }, 10));

    [Fact]
    public async Task Publish_WhenSubRegionChosen_ReleaseNamesItsNuts2CodeAndValidates()
    {
        var (_, _, release) = await PublishInAsync("UKE4");

        Assert.DoesNotContain(new OcdsValidator().ValidateRelease(release, NoticeRelease.Extensions), f => f.Severity == Severity.Error);
        var item = release["tender"]!["items"]![0]!;
        var location = Assert.Single(item["deliveryLocations"]!.AsArray())!;
        Assert.Equal("NUTS", (string)location["gazetteer"]!["scheme"]!);
        Assert.Equal("UKE4", (string)location["gazetteer"]!["identifiers"]![0]!);
        Assert.Equal("West Yorkshire", (string)location["description"]!);
        Assert.Equal("West Yorkshire", (string)Assert.Single(item["deliveryAddresses"]!.AsArray())!["region"]!);
    }

    [Fact]
    public async Task Search_WhenNoticeIsInASubRegion_FindsItByTheSubRegionAndByItsRegionOnly()
    {
        var (word, ocid, _) = await PublishInAsync("UKE4");

        Assert.Equal([ocid], await FindAsync(word, "UKE4"));
        Assert.Equal([ocid], await FindAsync(word, "UKE"));
        Assert.Equal([ocid], await FindAsync(word, "ENG"));
        Assert.Empty(await FindAsync(word, "UKE3"));
        Assert.Empty(await FindAsync(word, "UKD"));
    }

    [Fact]
    public async Task Search_WhenSubRegionNameIsAlsoARegionsName_FindsItByItsCode()
    {
        // "West Midlands" names both UKG and its sub-region UKG3; the release's NUTS code tells them apart.
        var (word, ocid, _) = await PublishInAsync("UKG3", "UKM8");

        Assert.Equal([ocid], await FindAsync(word, "UKG3"));
        Assert.Equal([ocid], await FindAsync(word, "SCT"));
        Assert.Empty(await FindAsync(word, "UKG1"));
    }
}

/// <summary>Posts the tender form with several regions ticked, which a dictionary of fields cannot hold.</summary>
public static class RegionForm
{
    public static async Task<HtmlPage> PostAsync(HttpClient browser, string url, Dictionary<string, string> form, params string[] regions)
    {
        var page = await HtmlPage.GetAsync(browser, url);
        var token = page.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = form.Where(f => f.Key != "Input.Regions").Append(new("Input.NoticeType", "Tender"))
            .Append(new("__RequestVerificationToken", token))
            .Concat(regions.Select(r => new KeyValuePair<string, string>("Input.Regions", r)));
        return await HtmlPage.ParseAsync(await browser.PostAsync(url, new FormUrlEncodedContent(fields)));
    }
}

public sealed class RegionPublishingOnPostgresTests(ServiceFactory service) : RegionPublishingTests(service), IClassFixture<ServiceFactory>;

public sealed class RegionPublishingOnSqliteTests(SqliteServiceFactory service) : RegionPublishingTests(service), IClassFixture<SqliteServiceFactory>;
