using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities;

/// <summary>The search service on PostgreSQL; SqliteOpportunitySearchTests runs the same on the embedded database.</summary>
public class OpportunitySearchTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    protected Task<IReadOnlyList<string>> FindAsync(OpportunityQuery query) =>
        service.WithScopeAsync(s => s.GetRequiredService<OpportunitySearch>().MatchingOcidsAsync(query, 100));

    [Fact]
    public async Task Keywords_FindStemmedWords()
    {
        var ocid = Notices.NewOcid();
        await service.PublishAsync(Notices.Tender(ocid, "Supporting families with young carers"));

        var found = await FindAsync(new OpportunityQuery { Keywords = "support family" });

        Assert.Contains(ocid, found);
    }

    [Fact]
    public async Task Keywords_InQuotes_MatchOnlyThePhrase()
    {
        var phrase = Notices.NewOcid();
        var scattered = Notices.NewOcid();
        await service.PublishAsync(
            Notices.Tender(phrase, "Mental health advocacy for adults"),
            Notices.Tender(scattered, "Advocacy for adults", "Covers mental wellbeing and physical health."));

        var found = await FindAsync(new OpportunityQuery { Keywords = "\"mental health advocacy\"" });

        Assert.Contains(phrase, found);
        Assert.DoesNotContain(scattered, found);
    }

    [Fact]
    public async Task Keywords_RankTitleMatchesAboveDescriptionMatches()
    {
        var inTitle = Notices.NewOcid();
        var inDescription = Notices.NewOcid();
        await service.PublishAsync(
            Notices.Tender(inDescription, "Community services", "Includes some befriending for older people."),
            Notices.Tender(inTitle, "Befriending service for older people"));

        var found = await FindAsync(new OpportunityQuery { Keywords = "befriending" });

        Assert.True(found.ToList().IndexOf(inTitle) < found.ToList().IndexOf(inDescription), string.Join(", ", found));
        Assert.Contains(inDescription, found);
    }
}

public sealed class SqliteOpportunitySearchTests(SqliteServiceFactory service)
    : OpportunitySearchTests(service), IClassFixture<SqliteServiceFactory>;
