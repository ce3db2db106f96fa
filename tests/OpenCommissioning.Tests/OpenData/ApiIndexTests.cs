using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.OpenData;
using OpenCommissioning.OpenData.Api;
using OpenCommissioning.OpenData.Migrations;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Tests.OpenData;

/// <summary>
/// That PostgreSQL can answer the API's substring filters from their trigram indexes: the index expressions must be
/// exactly the ones the queries are translated to, or the planner falls back to reading the whole table. With
/// sequential and plain index scans ruled out, a bitmap of the right index is the only plan left.
/// </summary>
public class ApiIndexTests(OpenDataService service) : IClassFixture<OpenDataService>
{
    [Fact]
    public async Task BuyerFilter_OnPostgres_IsAnsweredFromTheIdAndNameIndexes()
    {
        var plan = await PlanAsync(s =>
        {
            var (query, _) = ReleaseQueryParser.Parse(null, null, null, null, null, null, null, null, "Doncaster");
            return s.GetRequiredService<ReleaseSearchFilter>().Matching(query!).Processes!.Select(o => o.Ocid);
        }, NoOtherPlan + "; DROP INDEX ix_opportunities_duplicate_of");

        Assert.Contains("ix_opportunities_buyer_name_trgm", plan);
        Assert.Contains("ix_opportunities_buyer_id", plan);
    }

    [Theory]
    [InlineData("contractTermination")]
    [InlineData("award,tenderCancellation")]
    public async Task StagesFilter_OnPostgres_IsAnsweredFromTheTagsIndex(string stages)
    {
        var plan = await PlanAsync(s =>
        {
            var (query, _) = ReleaseQueryParser.Parse(null, null, stages, null, null, null, null, null, null);
            return s.GetRequiredService<AppDbContext>().Set<StoredRelease>().Where(ReleaseFeed.HasAnyTag(query!.Stages)).Select(r => r.Sequence);
        });

        Assert.Contains("ix_releases_padded_tags_trgm", plan);
    }

    [Fact]
    public async Task SearchedPage_OnPostgres_ChoosesItsReleasesFromTheOcidSequenceIndexAlone()
    {
        var plan = await PlanAsync(s =>
        {
            var (query, _) = ReleaseQueryParser.Parse(null, null, null, null, null, null, null, null, "Doncaster");
            var processes = s.GetRequiredService<ReleaseSearchFilter>().Matching(query!).Processes;
            return s.GetRequiredService<ReleaseFeed>().PageQuery(query!, processes).Select(r => r.Sequence);
        }, "SET LOCAL enable_seqscan = off");

        Assert.Contains("Index Only Scan using ix_releases_ocid_sequence", plan);
    }

    [Fact]
    public async Task FilteredPage_OnPostgres_TestsEachReleasesProcessFromTheProbeIndexAlone()
    {
        // An index-only scan is costed by the pages marked all-visible, which only VACUUM marks.
        await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("VACUUM opportunities"));
        var plan = await PlanAsync(s =>
        {
            var (query, _) = ReleaseQueryParser.Parse(null, null, null, null, null, null, "85000000", "UKD", null);
            var processes = s.GetRequiredService<ReleaseSearchFilter>().Matching(query!).Processes;
            return s.GetRequiredService<ReleaseFeed>().PageQuery(query!, processes).Select(r => r.Sequence);
        }, "SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off");

        Assert.True(plan.Contains($"Index Only Scan using {PostgresApiProbeIndex.Name} on opportunities"), plan);
    }

    private const string NoOtherPlan = "SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off";

    /// <summary>
    /// The plan of the query under <paramref name="settings"/>, in a transaction that is rolled back, so that the
    /// settings (and, for the buyer, the dropped index on duplicates, which on a few rows the planner prefers to
    /// the buyer's own indexes) last for this query only.
    /// </summary>
    private Task<string> PlanAsync<T>(Func<IServiceProvider, IQueryable<T>> build, string settings = NoOtherPlan) =>
        service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE releases; ANALYZE opportunities");
            await db.Database.ExecuteSqlRawAsync(settings);
            await using DbCommand command = build(s).CreateDbCommand();
            command.CommandText = "EXPLAIN " + command.CommandText;
            command.Transaction = transaction.GetDbTransaction();
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
            return string.Join("\n", lines);
        });
}
