using AngleSharp.Html.Parser;
using OpenCommissioning.Platform.Components;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class NavigationConformanceTests(ITestOutputHelper log)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task NotificationBannerFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("notification-banner", o => new Rendering(new NotificationBannerTagHelper
        {
            Type = o.Str("type"),
            TitleText = o.Str("titleText"),
            TitleHtml = o.Html("titleHtml"),
            TitleHeadingLevel = o.Str("titleHeadingLevel") is { } level ? int.Parse(level) : null,
            TitleId = o.Str("titleId"),
            Text = o.Str("text"),
            Role = o.Str("role"),
            Classes = o.Str("classes"),
            DisableAutoFocus = o.NullableBool("disableAutoFocus"),
        }, "govuk-notification-banner", o.Attributes(), o.Str("html")));

        report.AssertConforms(minimum: 21, log);
    }

    [Fact]
    public async Task BreadcrumbsFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("breadcrumbs", o => new Rendering(new BreadcrumbsTagHelper
        {
            Items = o.List("items").Select(Link).ToList(),
            CollapseOnMobile = o.Bool("collapseOnMobile"),
            LabelText = o.Str("labelText"),
            Classes = o.Str("classes"),
        }, "govuk-breadcrumbs", o.Attributes()));

        report.AssertConforms(minimum: 12, log);
    }

    [Fact]
    public async Task PaginationFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("pagination", o => new Rendering(new PaginationTagHelper
        {
            Items = o.Has("items") ? o.List("items").Select(i => new PaginationItem(i.Str("number"), i.Str("href"))
            {
                Current = i.Bool("current"),
                Ellipsis = i.Bool("ellipsis"),
                VisuallyHiddenText = i.Str("visuallyHiddenText"),
                Attributes = i.AttributeMap(),
            }).ToList() : null,
            Previous = ArrowLink(o.Object("previous")),
            Next = ArrowLink(o.Object("next")),
            LandmarkLabel = o.Str("landmarkLabel"),
            Classes = o.Str("classes"),
        }, "govuk-pagination", o.Attributes()));

        report.AssertConforms(minimum: 15, log);
    }

    [Theory]
    [InlineData(1, 1, "[1]")]
    [InlineData(1, 3, "[1] 2 3")]
    [InlineData(5, 10, "1 … 4 [5] 6 … 10")]
    [InlineData(10, 10, "1 … 9 [10]")]
    [InlineData(3, 10, "1 2 [3] 4 … 10")]
    public void Numbered_ForCurrentPage_ShowsEndsNeighboursAndGaps(int current, int pageCount, string expected)
    {
        var items = PaginationItem.Numbered(current, pageCount, page => $"?page={page}");

        var shown = string.Join(' ', items.Select(i => i.Ellipsis ? "…" : i.Current ? $"[{i.Number}]" : i.Number));
        Assert.Equal(expected, shown);
        Assert.All(items.Where(i => !i.Ellipsis), i => Assert.Equal($"?page={i.Number}", i.Href));
    }

    [Fact]
    public async Task NavigationTexts_WhenTheyHoldMarkup_AreWrittenEncoded()
    {
        var markup = await Conformance.RenderAsync(new Rendering(new BreadcrumbsTagHelper
        {
            Items = [new("<b>Home</b>", "/\"><script>"), new("<i>Here</i>")],
        }, "govuk-breadcrumbs"))
            + await Conformance.RenderAsync(new Rendering(new NotificationBannerTagHelper
            {
                Type = "success", TitleText = "<u>Done</u>", Text = "<script>alert(1)</script>",
            }, "govuk-notification-banner"))
            + await Conformance.RenderAsync(new Rendering(new PaginationTagHelper
            {
                Next = new("/next", "<s>Next</s>") { LabelText = "<em>Part 2</em>" },
            }, "govuk-pagination"));
        var html = Parser.ParseDocument(markup);

        Assert.Null(html.QuerySelector("script, b, i, u, s, em"));
        Assert.Equal("/\"><script>", html.QuerySelector(".govuk-breadcrumbs__link")!.GetAttribute("href"));
        Assert.Equal("<i>Here</i>", html.QuerySelector("[aria-current=page]")!.TextContent.Trim());
        Assert.Equal("alert", html.QuerySelector(".govuk-notification-banner")!.GetAttribute("role"));
        Assert.Equal("<script>alert(1)</script>", html.QuerySelector(".govuk-notification-banner__heading")!.TextContent);
        Assert.Equal("<em>Part 2</em>", html.QuerySelector(".govuk-pagination__link-label")!.TextContent);
    }

    private static NavigationLink Link(FixtureOptions i) =>
        new(i.Str("text"), i.Str("href"), i.Html("html")) { Attributes = i.AttributeMap() };

    private static PaginationLink? ArrowLink(FixtureOptions? link) => link is null ? null
        : new(link.Str("href"), link.Str("text"), link.Html("html"))
        {
            LabelText = link.Str("labelText"), Attributes = link.AttributeMap(),
        };
}
