using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Layout;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities;

/// <summary>
/// Date filters narrow the search index by month on PostgreSQL (docs/decisions/0007); whatever the months, a search
/// finds exactly the notices the dates on the table say, at month ends in UK time too.
/// </summary>
public abstract class SearchByMonthTests(ServiceFactory service)
{
    protected ServiceFactory Service => service;

    private static readonly DateTimeOffset Start = new(2025, 9, 28, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Notices published every 11 days and 5 hours for 14 months, so that many fall near midnight and month ends.</summary>
    private async Task<(string Word, Dictionary<string, DateTimeOffset> Published)> ArrangeAsync()
    {
        var word = "Month" + Guid.NewGuid().ToString("N")[..8];
        var published = Enumerable.Range(0, 40).ToDictionary(_ => Notices.NewOcid(), i => Start.AddHours(i * (11 * 24 + 5)));
        await service.PublishAsync(published.Select(p => Notices.Tender(p.Key, word, change: r => r["date"] = p.Value.ToString("yyyy-MM-ddTHH:mm:ssZ"))).ToArray());
        return (word, published);
    }

    private Task<OpportunityPage> SearchAsync(OpportunityQuery query) => service.WithScopeAsync(s =>
        s.GetRequiredService<OpportunitySearch>().SearchAsync(query, 1, OpportunitySearch.MaxPageSize));

    [Fact]
    public async Task SearchAsync_PublishedBetweenAnyTwoDays_FindsExactlyTheNoticesPublishedThen()
    {
        var (word, published) = await ArrangeAsync();
        var days = Gen.Int[0, 440].Select(d => DateOnly.FromDateTime(Start.UtcDateTime).AddDays(d - 10));

        await Gen.Select(days, days, Gen.Bool, Gen.Bool).SampleAsync(async (a, b, ranked, bounded) =>
        {
            var (from, to) = a <= b ? (a, b) : (b, a);
            var query = new OpportunityQuery
            {
                Keywords = word, PublishedFrom = from, PublishedTo = bounded ? to : null,
                Sort = ranked ? OpportunitySort.Relevance : OpportunitySort.Newest,
            };
            var expected = published.Where(p => p.Value >= UkTime.StartOfDay(from) && (!bounded || p.Value < UkTime.StartOfDay(to.AddDays(1))))
                .Select(p => p.Key).Order().ToList();

            var found = await SearchAsync(query);

            Assert.Equal(expected, found.Items.Select(o => o.Ocid).Order().ToList());
            Assert.Equal(expected.Count, found.Total);
        }, iter: 40);
    }

    [Fact]
    public async Task SearchAsync_Open_FindsNoticesClosingLaterThisMonthAndMoreThanAYearAhead()
    {
        var word = "Open" + Guid.NewGuid().ToString("N")[..8];
        var closing = new Dictionary<string, DateTimeOffset>
        {
            ["closed an hour ago"] = DateTimeOffset.UtcNow.AddHours(-1),
            ["closing in an hour"] = DateTimeOffset.UtcNow.AddHours(1),
            ["closing in two months"] = DateTimeOffset.UtcNow.AddDays(61),
            ["closing in two years"] = DateTimeOffset.UtcNow.AddDays(730),
        };
        var ocids = closing.Keys.ToDictionary(k => k, _ => Notices.NewOcid());
        await service.PublishAsync(closing.Select(c => Notices.Tender(ocids[c.Key], $"{word} {c.Key}", change: r =>
            ((JsonObject)r["tender"]!)["tenderPeriod"] = new JsonObject { ["endDate"] = c.Value.ToString("yyyy-MM-ddTHH:mm:ssZ") })).ToArray());

        var open = await SearchAsync(new OpportunityQuery { Keywords = word, Statuses = [OpportunityStatus.Open] });
        var withinAMonth = await SearchAsync(new OpportunityQuery
        {
            Keywords = word, Statuses = [OpportunityStatus.Open],
            ClosingTo = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
        });

        Assert.Equal(["closing in an hour", "closing in two months", "closing in two years"],
            open.Items.Select(o => ocids.Single(kv => kv.Value == o.Ocid).Key).Order().ToList());
        Assert.Equal([ocids["closing in an hour"]], withinAMonth.Items.Select(o => o.Ocid));
    }
}

public sealed class PostgresSearchByMonthTests(ServiceFactory service) : SearchByMonthTests(service), IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task FilterVector_HoldsTheMonthsANoticeWasPublishedAndCloses()
    {
        var ocid = Notices.NewOcid();
        await Service.PublishAsync(Notices.Tender(ocid, "Months", change: r =>
        {
            r["date"] = "2026-03-31T23:30:00Z";
            ((JsonObject)r["tender"]!)["tenderPeriod"] = new JsonObject { ["endDate"] = "2026-05-01T11:00:00Z" };
        }));

        var lexemes = await Service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Database
            .SqlQuery<string>($"SELECT filter_vector::text AS \"Value\" FROM opportunities WHERE ocid = {ocid}").SingleAsync());

        Assert.Contains("'p:202603'", lexemes);
        Assert.Contains("'x:202605'", lexemes);
    }
}

public sealed class SqliteSearchByMonthTests(SqliteServiceFactory service) : SearchByMonthTests(service), IClassFixture<SqliteServiceFactory>;
