using AngleSharp.Html.Parser;
using OpenCommissioning.Platform.Components;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class TableConformanceTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Fixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("table", Map);

        report.AssertConforms(minimum: 21, log);
    }

    [Fact]
    public async Task Render_WhenCellsHoldMarkup_WritesThemEncoded()
    {
        var helper = new TableTagHelper
        {
            Caption = "<i>Bids</i>",
            Head = [new("<b>Bidder</b>")],
            Rows = [[new("<script>alert(1)</script>")]],
        };

        var markup = await Conformance.RenderAsync(new Rendering(helper, "govuk-table"));
        var html = new HtmlParser().ParseDocument(markup);

        Assert.Null(html.QuerySelector("script, b, i"));
        Assert.Equal("<i>Bids</i>", html.QuerySelector("caption")!.TextContent);
        Assert.Equal("<b>Bidder</b>", html.QuerySelector("th")!.TextContent);
        Assert.Equal("<script>alert(1)</script>", html.QuerySelector("td")!.TextContent);
    }

    private static Rendering Map(FixtureOptions o)
    {
        var helper = new TableTagHelper
        {
            Caption = o.Str("caption"),
            CaptionClasses = o.Str("captionClasses"),
            FirstCellIsHeader = o.Bool("firstCellIsHeader"),
            Classes = o.Str("classes"),
            Head = o.Has("head") ? o.List("head").Select(Cell).ToList() : null,
            Rows = Enumerable.Range(0, o.Count("rows")).Select(Row(o)).ToList(),
        };
        return new Rendering(helper, "govuk-table", o.Attributes());
    }

    /// <summary>A row is a list of cells; a falsy row (the macros skip it) stays null.</summary>
    private static Func<int, IEnumerable<TableCell>?> Row(FixtureOptions o) => i =>
        o.Str($"rows.{i}") is null or "false" or "" ? null : o.List($"rows.{i}").Select(Cell).ToList();

    private static TableCell Cell(FixtureOptions c) => new(c.Str("text"), c.Html("html"))
    {
        Format = c.Str("format"),
        Classes = c.Str("classes"),
        Colspan = c.Str("colspan") is { } span ? int.Parse(span) : null,
        Rowspan = c.Str("rowspan") is { } rowspan ? int.Parse(rowspan) : null,
        Attributes = c.AttributeMap(),
    };
}
