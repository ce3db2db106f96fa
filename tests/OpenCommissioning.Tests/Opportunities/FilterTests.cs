using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities;

/// <summary>Each filter and sort order over a small set of notices that share one unique word.</summary>
public class FilterTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private static void Set(JsonObject release, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = release;
        foreach (var part in parts[..^1]) node = (JsonObject)node[part]!;
        node[parts[^1]] = value;
    }

    private async Task<(string Word, Dictionary<string, string> Ocids)> ArrangeAsync(params (string Key, Action<JsonObject>? Change)[] notices)
    {
        var word = "Filter" + Guid.NewGuid().ToString("N")[..8];
        var ocids = notices.ToDictionary(n => n.Key, _ => Notices.NewOcid());
        await service.PublishAsync(notices.Select(n => Notices.Tender(ocids[n.Key], $"{word} {n.Key}", change: n.Change)).ToArray());
        return (word, ocids);
    }

    private Task<IReadOnlyList<string>> FindAsync(OpportunityQuery query) =>
        service.WithScopeAsync(s => s.GetRequiredService<OpportunitySearch>().MatchingOcidsAsync(query, 100));

    private async Task<IReadOnlyList<string>> KeysAsync(string word, Dictionary<string, string> ocids, OpportunityQuery query)
    {
        var found = await FindAsync(query with { Keywords = word });
        return found.Select(o => ocids.Single(kv => kv.Value == o).Key).ToList();
    }

    [Fact]
    public async Task Cpv_ACodeIncludesTheCodesBeneathIt()
    {
        var (word, ocids) = await ArrangeAsync(
            ("fostering", r => Set(r, "tender.classification.id", "85311000")),
            ("education", r => Set(r, "tender.classification.id", "80000000")));

        Assert.Equal(["fostering"], await KeysAsync(word, ocids, new() { CpvCodes = ["85000000"] }));
        Assert.Equal(["fostering"], await KeysAsync(word, ocids, new() { CpvCodes = ["85310000"] }));
        Assert.Equal(["education"], await KeysAsync(word, ocids, new() { CpvCodes = ["80000000"] }));
        Assert.Empty(await KeysAsync(word, ocids, new() { CpvCodes = ["85312000"] }));
    }

    [Fact]
    public async Task Region_ARegionIncludesItsSubRegions()
    {
        var (word, ocids) = await ArrangeAsync(
            ("camden", r => Set(r, "tender.items", new JsonArray(new JsonObject { ["id"] = "1", ["deliveryAddresses"] = new JsonArray(new JsonObject { ["region"] = "UKI31" }) }))),
            ("leeds", null),
            ("wales", r => Set(r, "tender.items", new JsonArray(new JsonObject { ["id"] = "1", ["deliveryAddresses"] = new JsonArray(new JsonObject { ["region"] = "Wales" }) }))));

        Assert.Equal(["camden"], await KeysAsync(word, ocids, new() { Regions = ["UKI"] }));
        Assert.Equal(["camden", "leeds"], (await KeysAsync(word, ocids, new() { Regions = ["ENG"] })).Order());
        Assert.Equal(["wales"], await KeysAsync(word, ocids, new() { Regions = ["WLS"] }));
        Assert.Equal(3, (await KeysAsync(word, ocids, new() { Regions = ["UK"] })).Count);
    }

    [Fact]
    public async Task Value_RangeKeepsNoValueNoticesUnlessAskedToLeaveThemOut()
    {
        var (word, ocids) = await ArrangeAsync(
            ("small", r => Set(r, "tender.value.amount", 5000)),
            ("large", r => Set(r, "tender.value.amount", 2000000)),
            ("unknown", r => ((JsonObject)r["tender"]!).Remove("value")));

        Assert.Equal(["small", "unknown"], (await KeysAsync(word, ocids, new() { ValueTo = 10000 })).Order());
        Assert.Equal(["small"], await KeysAsync(word, ocids, new() { ValueTo = 10000, IncludeNoValue = false }));
        Assert.Equal(["large"], await KeysAsync(word, ocids, new() { ValueFrom = 10000, IncludeNoValue = false }));
    }

    [Fact]
    public async Task TypeStatusAndSuitability_FilterAsNamed()
    {
        var (word, ocids) = await ArrangeAsync(
            ("open", r => Set(r, "tender.suitability", new JsonObject { ["sme"] = true, ["vcse"] = true })),
            ("closed", r => { Set(r, "tender.tenderPeriod.endDate", "2024-01-01T12:00:00Z"); Set(r, "tender.suitability.sme", false); }),
            ("awarded", r => r["tag"] = new JsonArray("award")),
            ("planned", r => r["tag"] = new JsonArray("planning")),
            ("cancelled", r => { r["tag"] = new JsonArray("tenderCancellation"); Set(r, "tender.status", "cancelled"); }),
            ("subcontract", r => r["relatedProcesses"] = new JsonArray(new JsonObject { ["id"] = "1", ["relationship"] = new JsonArray("parent"), ["identifier"] = "ocds-test00-prime", ["scheme"] = "ocid" })));

        Assert.Equal(["closed"], await KeysAsync(word, ocids, new() { Statuses = [OpportunityStatus.Closed] }));
        Assert.Equal(["awarded"], await KeysAsync(word, ocids, new() { Statuses = [OpportunityStatus.Awarded] }));
        Assert.Equal(["planned"], await KeysAsync(word, ocids, new() { Statuses = [OpportunityStatus.Planned] }));
        Assert.Equal(["cancelled"], await KeysAsync(word, ocids, new() { NoticeTypes = [NoticeType.Cancellation] }));
        Assert.Equal(["open", "subcontract"], (await KeysAsync(word, ocids, new() { Statuses = [OpportunityStatus.Open] })).Order());
        Assert.Equal(["open"], await KeysAsync(word, ocids, new() { SuitableForVcse = true }));
        Assert.Equal(["subcontract"], await KeysAsync(word, ocids, new() { SubContractsOnly = true }));
        Assert.DoesNotContain("closed", await KeysAsync(word, ocids, new() { SuitableForSme = true }));
        Assert.Equal(5, (await KeysAsync(word, ocids, new() { SuitableForSme = true })).Count);
    }

    [Fact]
    public async Task DatesAndBuyer_FilterAsNamed()
    {
        var (word, ocids) = await ArrangeAsync(
            ("soon", r => Set(r, "tender.tenderPeriod.endDate", DateTimeOffset.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm:ssZ"))),
            ("later", r => r["buyer"] = new JsonObject { ["id"] = "GB-LAS-EDI", ["name"] = "City of Edinburgh Council" }));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        Assert.Equal(["soon"], await KeysAsync(word, ocids, new() { ClosingTo = today.AddDays(10) }));
        Assert.Equal(["later"], await KeysAsync(word, ocids, new() { ClosingFrom = today.AddDays(10) }));
        Assert.Equal(2, (await KeysAsync(word, ocids, new() { PublishedFrom = today.AddDays(-1), PublishedTo = today.AddDays(1) })).Count);
        Assert.Empty(await KeysAsync(word, ocids, new() { PublishedTo = today.AddDays(-5) }));
        Assert.Equal(["later"], await KeysAsync(word, ocids, new() { Buyer = "edinburgh" }));
        Assert.Equal(["later"], await KeysAsync(word, ocids, new() { Buyer = "GB-LAS-EDI" }));
    }

    [Fact]
    public async Task Sort_OrdersByClosingValueAndNewest()
    {
        var (word, ocids) = await ArrangeAsync(
            ("a", r => { Set(r, "tender.value.amount", 300); Set(r, "tender.tenderPeriod.endDate", DateTimeOffset.UtcNow.AddDays(20).ToString("yyyy-MM-ddTHH:mm:ssZ")); r["date"] = "2025-01-03T00:00:00Z"; }),
            ("b", r => { ((JsonObject)r["tender"]!).Remove("value"); Set(r, "tender.tenderPeriod.endDate", DateTimeOffset.UtcNow.AddDays(5).ToString("yyyy-MM-ddTHH:mm:ssZ")); r["date"] = "2025-01-01T00:00:00Z"; }),
            ("c", r => { Set(r, "tender.value.amount", 900); Set(r, "tender.tenderPeriod.endDate", "2024-01-01T00:00:00Z"); r["date"] = "2025-01-02T00:00:00Z"; }));

        Assert.Equal(["b", "a", "c"], await KeysAsync(word, ocids, new() { Sort = OpportunitySort.ClosingSoonest }));
        Assert.Equal(["c", "a", "b"], await KeysAsync(word, ocids, new() { Sort = OpportunitySort.Value }));
        Assert.Equal(["a", "c", "b"], await KeysAsync(word, ocids, new() { Sort = OpportunitySort.Newest }));
    }

    [Fact]
    public async Task Filters_AfterANewerRelease_FollowTheNewerRelease()
    {
        var word = "Filter" + Guid.NewGuid().ToString("N")[..8];
        var ocid = Notices.NewOcid();
        await service.PublishAsync(Notices.Tender(ocid, $"{word} amended"));
        Assert.Equal([ocid], await FindAsync(new() { Keywords = word, SuitableForSme = true, Regions = ["UKE"], CpvCodes = ["85000000"] }));
        Assert.Empty(await FindAsync(new() { Keywords = word, Regions = ["UKI"] }));

        await service.PublishAsync(Notices.Tender(ocid, $"{word} amended", change: r =>
        {
            Set(r, "date", DateTimeOffset.UtcNow.AddMinutes(5).ToString("yyyy-MM-ddTHH:mm:ssZ"));
            Set(r, "tag", new JsonArray("tenderAmendment"));
            Set(r, "tender.suitability", new JsonObject { ["sme"] = false, ["vcse"] = true });
            Set(r, "tender.classification.id", "45000000");
            Set(r, "tender.items", new JsonArray(new JsonObject { ["id"] = "1", ["deliveryAddresses"] = new JsonArray(new JsonObject { ["region"] = "UKI31" }) }));
        }));

        Assert.Empty(await FindAsync(new() { Keywords = word, SuitableForSme = true }));
        Assert.Empty(await FindAsync(new() { Keywords = word, CpvCodes = ["85000000"] }));
        Assert.Equal([ocid], await FindAsync(new() { Keywords = word, SuitableForVcse = true, Regions = ["UKI"], CpvCodes = ["45000000"] }));
        // Without keywords the filters alone narrow the search (on PostgreSQL, through the same index).
        Assert.Contains(ocid, await FindAsync(new() { SuitableForVcse = true, Regions = ["UKI3"], CpvCodes = ["45000000"] }));
    }
}

public sealed class SqliteFilterTests(SqliteServiceFactory service) : FilterTests(service), IClassFixture<SqliteServiceFactory>;
