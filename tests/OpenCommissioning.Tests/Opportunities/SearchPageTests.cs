using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities;

public class SearchPageTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task Search_WithKeywords_ListsTheMatchingNoticeWithItsCount()
    {
        var word = "Quokka" + Guid.NewGuid().ToString("N")[..6];
        await service.PublishAsync(Notices.Tender(Notices.NewOcid(), $"{word} day services"));
        var browser = service.CreateBrowser();

        var page = await HtmlPage.GetAsync(browser, $"/search?q={word}");

        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Equal("1 notice", page.Document.GetElementById("result-count")!.TextContent.Trim());
        Assert.Contains($"{word} day services", page.Document.QuerySelector(".app-results")!.TextContent);
    }

    [Fact]
    public async Task Search_TitleWithScript_IsShownAsText()
    {
        var word = "Wombat" + Guid.NewGuid().ToString("N")[..6];
        await service.PublishAsync(Notices.Tender(Notices.NewOcid(), $"{word} <script>alert('hi')</script> care"));
        var browser = service.CreateBrowser();

        var response = await browser.GetAsync($"/search?q={word}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlPage.ParseAsync(response);

        Assert.DoesNotContain($"<script>alert('{word}')", html);
        Assert.Contains($"{word} <script>alert('hi')</script> care", page.Document.QuerySelector(".app-results h3")!.TextContent);
    }

    [Fact]
    public async Task Search_WithBadFilterValues_ShowsAnErrorForEach()
    {
        var browser = service.CreateBrowser();

        var page = await HtmlPage.GetAsync(browser, "/search?valueFrom=lots&publishedFrom=31/02/2025&cpv=1234&region=Atlantis&sort=cheapest");

        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Error:", page.Title);
        Assert.Contains("Minimum value must be an amount in pounds, like 25000", page.ErrorSummary);
        Assert.Contains("Published from must be a real date, like 27/3/2025", page.ErrorSummary);
        Assert.Contains("‘1234’ is not a CPV code. Enter 8-digit codes, like 85310000", page.ErrorSummary);
        Assert.Contains("‘Atlantis’ is not a UK region", page.ErrorSummary);
        Assert.Contains("Select how to sort the results", page.ErrorSummary);
        Assert.Equal("lots", page.Value("valueFrom"));
        Assert.Equal("Minimum value must be an amount in pounds, like 25000", page.FieldError("valueFrom"));
    }

    [Fact]
    public async Task Search_WithMaximumBelowMinimum_SaysSo()
    {
        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/search?valueFrom=5000&valueTo=100");

        Assert.Contains("Maximum value must be the same as or more than the minimum value", page.ErrorSummary);
    }

    [Fact]
    public async Task Search_FilterTags_LinkToTheSearchWithoutThatFilter()
    {
        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/search?q=care&region=UKI&sme=true");

        var links = page.Document.QuerySelectorAll(".app-filter-tags a").Select(a => (Text: a.TextContent.Trim(), Href: a.GetAttribute("href"))).ToList();
        Assert.Equal(3, links.Count);
        Assert.Contains(links, l => l.Text.EndsWith("Region: London") && l.Href == "/search?q=care&sme=true");
        Assert.Contains(links, l => l.Text.EndsWith("Keywords: care") && l.Href == "/search?region=UKI&sme=true");
    }

    [Fact]
    public async Task Search_ManyResults_ArePagedWithLinksThatKeepTheSearch()
    {
        var word = "Pangolin" + Guid.NewGuid().ToString("N")[..6];
        var releases = Enumerable.Range(1, 23).Select(i => Notices.Tender(Notices.NewOcid(), $"{word} lot {i}")).ToArray();
        await service.PublishAsync(releases);
        var browser = service.CreateBrowser();

        var first = await HtmlPage.GetAsync(browser, $"/search?q={word}&sort=newest");
        var next = first.Document.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        var second = await HtmlPage.GetAsync(browser, next);

        Assert.Equal(20, first.Document.QuerySelectorAll(".app-result").Length);
        Assert.Equal($"/search?q={word}&sort=newest&page=2", next);
        Assert.Equal(3, second.Document.QuerySelectorAll(".app-result").Length);
        var titles = first.Document.QuerySelectorAll(".app-result h3").Concat(second.Document.QuerySelectorAll(".app-result h3")).Select(h => h.TextContent.Trim());
        Assert.Equal(23, titles.Distinct().Count());
    }

    [Fact]
    public async Task SearchCsv_HasOneRowPerResultAndDefusesFormulas()
    {
        var word = "Axolotl" + Guid.NewGuid().ToString("N")[..6];
        await service.PublishAsync(Notices.Tender(Notices.NewOcid(), $"=HYPERLINK(\"x\") {word}"), Notices.Tender(Notices.NewOcid(), $"{word}, with a comma"));

        var response = await service.CreateBrowser().GetAsync($"/search.csv?q={word}");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("ocid,title,buyer", lines[0]);
        Assert.Contains(lines, l => l.Contains($",\"'=HYPERLINK(\"\"x\"\") {word}\","));
        Assert.Contains(lines, l => l.Contains($",\"{word}, with a comma\","));
    }

    [Fact]
    public async Task CpvCodeList_FindsCodesByWordsWithoutScript()
    {
        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/search/cpv-codes?words=social+work");

        var items = page.Document.QuerySelectorAll("#codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("85310000 Social work services", items);
        Assert.Equal("/search?cpv=85310000", page.Document.QuerySelectorAll("#codes a").First(a => a.TextContent == "85310000").GetAttribute("href"));
    }
}
