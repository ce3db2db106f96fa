using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.OpenData;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>The search's CPV filter finds a notice published here by a code only one of its lots has.</summary>
public abstract class LotCpvSearchTests(ServiceFactory service)
{
    [Fact]
    public async Task CpvFilter_ByALotsCodeOrOneAboveIt_FindsTheNoticeAndByAnotherCodeDoesNot()
    {
        var word = "Lotcpv" + Guid.NewGuid().ToString("N")[..8];
        var buyer = await service.BuyerAsync();
        var form = LotCpvTests.TenderWithLotCodes(lot1Codes: "85311000", lot2Codes: "98000000-3")
            .With("Input.Title", "Domestic abuse support services " + word);
        var id = await buyer.DraftAsync(form);
        await buyer.PublishAsync(id);
        await service.RunJobsAsync();
        var releaseId = (await service.NoticeAsync(id)).ReleaseId;
        var ocid = (await service.ReleasesAsync()).Single(r => r.ReleaseId == releaseId).Ocid;

        Assert.Equal([ocid], await FindAsync(word, "98000000"));
        Assert.Equal([ocid], await FindAsync(word, "85311000"));
        Assert.Empty(await FindAsync(word, "80000000"));
    }

    private Task<IReadOnlyList<string>> FindAsync(string word, string code) =>
        service.WithScopeAsync(s => s.GetRequiredService<OpportunitySearch>()
            .MatchingOcidsAsync(new OpportunityQuery { Keywords = word, CpvCodes = [code] }, 10));
}

public sealed class LotCpvSearchOnPostgresTests(ServiceFactory service) : LotCpvSearchTests(service), IClassFixture<ServiceFactory>;

public sealed class LotCpvSearchOnSqliteTests(SqliteServiceFactory service) : LotCpvSearchTests(service), IClassFixture<SqliteServiceFactory>;

/// <summary>A notice naming more codes than search's column holds keeps the first ones rather than failing to save.</summary>
public sealed class CpvColumnLengthTests
{
    [Fact]
    public void Apply_WhenItemsNameMoreCodesThanTheColumnHolds_KeepsTheNoticesCodesFirstWithinTheLength()
    {
        var codes = OpenCommissioning.Platform.Reference.ReferenceFiles.ReadCsv("cpv-2008.csv").Select(f => f[0]).Distinct().Take(300).ToList();
        var items = new JsonArray(codes.Select((c, i) => (JsonNode)new JsonObject
        {
            ["id"] = $"lot-{i}", ["relatedLot"] = $"{i}", ["classification"] = new JsonObject { ["scheme"] = "CPV", ["id"] = c },
        }).ToArray());
        var compiled = new JsonObject
        {
            ["ocid"] = "ocds-test00-many-codes",
            ["tender"] = new JsonObject { ["title"] = "Many lots", ["classification"] = new JsonObject { ["scheme"] = "CPV", ["id"] = "85310000" }, ["items"] = items },
        };
        var release = new StoredRelease { Ocid = "ocds-test00-many-codes", ReleaseId = "1", Date = DateTimeOffset.UtcNow, Tags = "tender", Json = "{}", StoredAt = DateTimeOffset.UtcNow };
        var opportunity = new Opportunity { Ocid = "ocds-test00-many-codes" };

        OpportunityProjection.Apply(opportunity, compiled, [release]);

        Assert.InRange(opportunity.CpvCodes.Length, 1_900, 2_000);
        Assert.StartsWith(" 85310000 ", opportunity.CpvCodes);
        Assert.EndsWith(" ", opportunity.CpvCodes);
    }
}
