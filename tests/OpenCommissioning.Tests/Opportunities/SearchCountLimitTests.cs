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
        Assert.Contains("Only the first 3 can be shown", page.Document.GetElementById("count-limit")!.TextContent);
        Assert.Equal(3, page.Document.QuerySelectorAll(".app-results h3").Length);
    }

    [Fact]
    public async Task Search_AsManyMatchesAsTheLimit_GivesTheExactCount()
    {
        var word = await PublishAsync(3);

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), $"/search?q={word}");

        Assert.Equal("3 notices", page.Document.GetElementById("result-count")!.TextContent.Trim());
        Assert.Null(page.Document.GetElementById("count-limit"));
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
