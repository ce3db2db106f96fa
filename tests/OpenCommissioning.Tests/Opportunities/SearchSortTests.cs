using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities;

/// <summary>
/// The search page's sort orders. On PostgreSQL a keyword search sorts its newest matches in memory
/// (docs/decisions/0007); each order must be the one the database gives every match (MatchingOcidsAsync).
/// </summary>
public abstract class SearchSortTests(ServiceFactory service)
{
    private static string Days(int days) => DateTimeOffset.UtcNow.AddDays(days).ToString("yyyy-MM-ddTHH:mm:ssZ");

    private static Action<JsonObject> Notice(int publishedDaysAgo, int? closesInDays, decimal? value) => r =>
    {
        var tender = (JsonObject)r["tender"]!;
        r["date"] = Days(-publishedDaysAgo);
        if (closesInDays is { } days) tender["tenderPeriod"] = new JsonObject { ["endDate"] = Days(days) };
        else tender.Remove("tenderPeriod");
        if (value is { } amount) tender["value"] = new JsonObject { ["amount"] = amount, ["currency"] = "GBP" };
        else tender.Remove("value");
    };

    [Theory]
    [InlineData(OpportunitySort.Relevance)]
    [InlineData(OpportunitySort.ClosingSoonest)]
    [InlineData(OpportunitySort.Value)]
    [InlineData(OpportunitySort.Newest)]
    public async Task SearchAsync_EachSort_OrdersAsTheDatabaseOrdersEveryMatch(OpportunitySort sort)
    {
        var word = "Bandicoot" + Guid.NewGuid().ToString("N")[..8];
        (string Title, Action<JsonObject> Change)[] notices =
        [
            ($"{word} {word} services", Notice(3, 5, 100)),
            ("Cleaning", Notice(1, 20, null)),
            ($"{word} support", Notice(40, -10, 5000)),
            ("Catering", Notice(10, null, 300)),
            ("Transport", Notice(100, -2, null)),
            ($"{word} advice", Notice(200, null, null)),
            ("Grounds", Notice(400, 60, 300)),
        ];
        await service.PublishAsync(notices.Select(n => Notices.Tender(Notices.NewOcid(), n.Title, $"Includes {word}.", n.Change)).ToArray());
        var query = new OpportunityQuery { Keywords = word, Sort = sort };

        var (page, everyMatch) = await service.WithScopeAsync(async s =>
        {
            var search = s.GetRequiredService<OpportunitySearch>();
            return (await search.SearchAsync(query, 1, 20), await search.MatchingOcidsAsync(query, 100));
        });

        Assert.Equal(7, everyMatch.Count);
        Assert.Equal(everyMatch, page.Items.Select(o => o.Ocid));
    }
}

public sealed class PostgresSearchSortTests(ServiceFactory service) : SearchSortTests(service), IClassFixture<ServiceFactory>;

public sealed class SqliteSearchSortTests(SqliteServiceFactory service) : SearchSortTests(service), IClassFixture<SqliteServiceFactory>;
