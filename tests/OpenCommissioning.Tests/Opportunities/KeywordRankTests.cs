using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities;

/// <summary>KeywordRank ranks matches inside a LINQ query on PostgreSQL, as the keyword index does.</summary>
public sealed class KeywordRankTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task Of_InAQuery_GivesTheKeywordIndexRankOfTheSameRow()
    {
        var word = "Bilby" + Guid.NewGuid().ToString("N")[..8];
        var (title, description, both) = (Notices.NewOcid(), Notices.NewOcid(), Notices.NewOcid());
        await service.PublishAsync(
            Notices.Tender(title, $"{word} services"),
            Notices.Tender(description, "Cleaning", $"Includes {word}."),
            Notices.Tender(both, $"{word} {word} services", $"All about {word} and {word}."));
        string[] ocids = [title, description, both];

        var (inQuery, fromIndex) = await service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var ranked = await db.Set<Opportunity>().Where(o => ocids.Contains(o.Ocid))
                .Select(o => new { o.Ocid, Rank = KeywordRank.Of(o.Ocid, word) }).ToDictionaryAsync(r => r.Ocid, r => r.Rank);
            var matches = await s.GetRequiredService<KeywordIndex>().Matches(word)!.ToDictionaryAsync(m => m.Ocid, m => m.Rank);
            return (ranked, matches);
        });

        Assert.Equal(3, inQuery.Count);
        foreach (var ocid in ocids) Assert.Equal(fromIndex[ocid], inQuery[ocid], precision: 6);
        Assert.True(inQuery[both] > inQuery[title]);
        Assert.True(inQuery[title] > inQuery[description]);
    }

    [Fact]
    public async Task Of_ForARowThatDoesNotMatch_IsZero()
    {
        var ocid = Notices.NewOcid();
        await service.PublishAsync(Notices.Tender(ocid, "Grounds maintenance"));
        var absent = "Wombat" + Guid.NewGuid().ToString("N")[..8];

        var rank = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Opportunity>()
            .Where(o => o.Ocid == ocid).Select(o => KeywordRank.Of(o.Ocid, absent)).SingleAsync());

        Assert.Equal(0, rank);
    }

    [Fact]
    public void Of_OutsideAQuery_SaysWhereItCanBeUsed()
    {
        var error = Assert.Throws<InvalidOperationException>(() => KeywordRank.Of("ocds-1", "care"));

        Assert.Contains("only be used in a query", error.Message);
    }
}
