using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities;

/// <summary>A service whose search counts at most three matches, so that the limit can be passed with a few notices.</summary>
public sealed class CountLimitedServiceFactory : ServiceFactory
{
    public CountLimitedServiceFactory() => Settings["Search:CountLimit"] = "3";
}

public sealed class SqliteCountLimitedServiceFactory : ServiceFactory
{
    public SqliteCountLimitedServiceFactory() : base(DatabaseMode.Embedded) => Settings["Search:CountLimit"] = "3";
}

/// <summary>Counting stops past a limit (docs/decisions/0006): the page says "more than" and pages only that far.</summary>
public abstract class SearchCountLimitTests(ServiceFactory service)
{
    private async Task<string> PublishAsync(int count)
    {
        var word = "Numbat" + Guid.NewGuid().ToString("N")[..8];
        await service.PublishAsync(Enumerable.Range(1, count).Select(i => Notices.Tender(Notices.NewOcid(), $"{word} lot {i}")).ToArray());
        return word;
    }

    private Task<OpportunityPage> SearchAsync(string word, int page, int pageSize) => service.WithScopeAsync(s =>
        s.GetRequiredService<OpportunitySearch>().SearchAsync(new OpportunityQuery { Keywords = word }, page, pageSize));

    [Fact]
    public async Task Search_MoreMatchesThanTheLimit_SaysMoreThanTheLimit()
    {
        var word = await PublishAsync(4);

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), $"/search?q={word}");

        Assert.Equal("More than 3 notices", page.Document.GetElementById("result-count")!.TextContent.Trim());
        Assert.Contains("The 3 most recently published are shown, best matches first", page.Document.GetElementById("count-limit")!.TextContent);
        Assert.Equal(3, page.Document.QuerySelectorAll(".app-results h3").Length);
    }

    [Fact]
    public async Task Download_MoreMatchesThanTheLimit_HasEveryMatchAndThePageSaysSo()
    {
        var word = await PublishAsync(4);

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), $"/search?q={word}");
        var csv = await service.CreateBrowser().GetStringAsync(page.Document.GetElementById("download-csv")!.GetAttribute("href"));

        Assert.Equal("Download every match, up to 100,000 (CSV)", page.Document.GetElementById("download-csv")!.TextContent.Trim());
        Assert.Equal(5, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Search_AsManyMatchesAsTheLimit_GivesTheExactCount()
    {
        var word = await PublishAsync(3);

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), $"/search?q={word}");

        Assert.Equal("3 notices", page.Document.GetElementById("result-count")!.TextContent.Trim());
        Assert.Null(page.Document.GetElementById("count-limit"));
        Assert.Equal("Download these results (CSV)", page.Document.GetElementById("download-csv")!.TextContent.Trim());
    }

    [Fact]
    public async Task SearchAsync_PastTheLimit_PagesOnlyAsFarAsTheLimit()
    {
        var word = await PublishAsync(5);

        var first = await SearchAsync(word, page: 1, pageSize: 2);
        var beyond = await SearchAsync(word, page: 9, pageSize: 2);

        Assert.True(first.MoreThanCounted);
        Assert.Equal(2, first.PageCount);
        Assert.Equal(2, first.Items.Count);
        Assert.Equal(2, beyond.Page);
        Assert.Single(beyond.Items);
    }

    [Fact]
    public async Task SearchAsync_WithinTheLimit_CountsExactlyAndPagesAll()
    {
        var word = await PublishAsync(2);

        var result = await SearchAsync(word, page: 1, pageSize: 1);

        Assert.False(result.MoreThanCounted);
        Assert.Equal(2, result.Total);
        Assert.Equal(2, result.PageCount);
    }

    [Fact]
    public async Task Search_SortedByNewestPastTheLimit_SaysOnlyTheFirstCanBeShown()
    {
        var word = await PublishAsync(4);

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), $"/search?q={word}&sort=newest");

        Assert.Contains("Only the first 3 can be shown", page.Document.GetElementById("count-limit")!.TextContent);
    }

    [Fact]
    public async Task SearchAsync_ByRelevancePastTheLimit_RanksTheMostRecentlyPublishedMatches()
    {
        var word = "Quoll" + Guid.NewGuid().ToString("N")[..8];
        var now = DateTimeOffset.UtcNow;
        // Published a day, 40, 200, 400 and 800 days ago: the walk back through the spans of dates reaches each.
        JsonObject Notice(string ocid, int daysAgo, string title, string description) =>
            Notices.Tender(ocid, title, description, r => r["date"] = now.AddDays(-daysAgo).ToString("yyyy-MM-ddTHH:mm:ssZ"));
        var (day, forty, twoHundred, fourHundred, old) = (Notices.NewOcid(), Notices.NewOcid(), Notices.NewOcid(), Notices.NewOcid(), Notices.NewOcid());
        await service.PublishAsync(
            Notice(old, 800, $"{word} {word} services", $"All about {word}."),
            Notice(fourHundred, 400, "Cleaning", $"Includes {word}."),
            Notice(twoHundred, 200, "Cleaning", $"Includes {word}."),
            Notice(forty, 40, $"{word} services", $"Includes {word}."),
            Notice(day, 1, "Cleaning", $"Includes {word}."));

        var result = await SearchAsync(word, page: 1, pageSize: 10);

        Assert.True(result.MoreThanCounted);
        Assert.True(result.NewestOnly);
        Assert.Equal([forty, day, twoHundred], result.Items.Select(o => o.Ocid));
    }

    [Fact]
    public async Task SearchAsync_NoneInTheFirstWeek_FindsTheNewestInTheMonthsBefore()
    {
        var word = "Bilby" + Guid.NewGuid().ToString("N")[..8];
        var now = DateTimeOffset.UtcNow;
        // None in the newest week: on PostgreSQL the rest of the month and the two before it are read as one span.
        var ocids = new[] { 10, 20, 40, 60, 100 }.Select(daysAgo => (Ocid: Notices.NewOcid(), DaysAgo: daysAgo)).ToList();
        await service.PublishAsync(ocids.Select(n => Notices.Tender(n.Ocid, $"{word} services",
            change: r => r["date"] = now.AddDays(-n.DaysAgo).ToString("yyyy-MM-ddTHH:mm:ssZ"))).ToArray());

        var result = await service.WithScopeAsync(s => s.GetRequiredService<OpportunitySearch>().SearchAsync(
            new OpportunityQuery { Keywords = word, Sort = OpportunitySort.Newest }, 1, 10));

        Assert.True(result.MoreThanCounted);
        Assert.Equal(ocids.Take(3).Select(n => n.Ocid), result.Items.Select(o => o.Ocid));
    }

    [Fact]
    public async Task Search_ByValuePastTheLimit_SortsTheMostRecentlyPublishedOnPostgres()
    {
        var word = "Dunnart" + Guid.NewGuid().ToString("N")[..8];
        var (oldest, newer, newest, middle) = (Notices.NewOcid(), Notices.NewOcid(), Notices.NewOcid(), Notices.NewOcid());
        JsonObject Notice(string ocid, int daysAgo, int value) => Notices.Tender(ocid, $"{word} services", change: r =>
        {
            r["date"] = DateTimeOffset.UtcNow.AddDays(-daysAgo).ToString("yyyy-MM-ddTHH:mm:ssZ");
            r["tender"]!["value"]!["amount"] = value;
        });
        await service.PublishAsync(Notice(oldest, 300, 9_000_000), Notice(middle, 20, 500), Notice(newer, 10, 2_000), Notice(newest, 1, 1_000));

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), $"/search?q={word}&sort=value");
        var shown = page.Document.QuerySelectorAll(".app-results h3 a").Select(a => a.GetAttribute("href")!).ToList();

        if (service.Mode == DatabaseMode.Postgres)
        {
            Assert.Contains("The 3 most recently published are shown, highest value first", page.Document.GetElementById("count-limit")!.TextContent);
            Assert.Equal([newer, newest, middle], shown.Select(h => h.Split('/').Last()));
        }
        else
        {
            Assert.Contains("Only the first 3 can be shown", page.Document.GetElementById("count-limit")!.TextContent);
            Assert.Equal([oldest, newer, newest], shown.Select(h => h.Split('/').Last()));
        }
    }

    [Fact]
    public async Task SearchAsync_ByRelevanceWithinTheLimit_RanksEveryMatchHoweverOld()
    {
        var word = "Quokka" + Guid.NewGuid().ToString("N")[..8];
        var (recent, old) = (Notices.NewOcid(), Notices.NewOcid());
        await service.PublishAsync(
            Notices.Tender(old, $"{word} services", change: r => r["date"] = DateTimeOffset.UtcNow.AddDays(-900).ToString("yyyy-MM-ddTHH:mm:ssZ")),
            Notices.Tender(recent, "Cleaning", $"Includes {word}."));

        var result = await SearchAsync(word, page: 1, pageSize: 10);

        Assert.False(result.MoreThanCounted);
        Assert.Equal([old, recent], result.Items.Select(o => o.Ocid));
    }

    [Fact]
    public async Task SearchAsync_FirstPageNotFull_CountsItsNotices()
    {
        var word = await PublishAsync(2);

        var result = await SearchAsync(word, page: 1, pageSize: 5);

        Assert.Equal(2, result.Total);
        Assert.Equal(2, result.Items.Count);
        Assert.Equal(1, result.PageCount);
    }
}

public sealed class PostgresSearchCountLimitTests(CountLimitedServiceFactory service)
    : SearchCountLimitTests(service), IClassFixture<CountLimitedServiceFactory>;

public sealed class SqliteSearchCountLimitTests(SqliteCountLimitedServiceFactory service)
    : SearchCountLimitTests(service), IClassFixture<SqliteCountLimitedServiceFactory>;
