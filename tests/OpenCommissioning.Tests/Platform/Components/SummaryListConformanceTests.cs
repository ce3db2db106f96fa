using AngleSharp.Html.Parser;
using OpenCommissioning.Platform.Components;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class SummaryListConformanceTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Fixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("summary-list", Map);

        report.AssertConforms(minimum: 30, log);
    }

    [Fact]
    public async Task Render_WhenTextHoldsMarkup_WritesItEncoded()
    {
        var helper = new SummaryListTagHelper
        {
            CardTitleText = "<i>Lead</i>",
            Rows = [new("<b>Name</b>", "<script>alert(1)</script>")
            {
                Actions = [new("/change", "Change") { VisuallyHiddenText = "<u>name</u>" }],
            }],
        };

        var markup = await Conformance.RenderAsync(new Rendering(helper, "govuk-summary-list"));
        var html = new HtmlParser().ParseDocument(markup);

        Assert.Null(html.QuerySelector("script, b, i, u"));
        Assert.Equal("<script>alert(1)</script>", html.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal(" <u>name</u> (<i>Lead</i>)", html.QuerySelector("a span")!.TextContent);
    }

    private static Rendering Map(FixtureOptions o)
    {
        var helper = new SummaryListTagHelper
        {
            Classes = o.Str("classes"),
            Rows = o.List("rows").Select(r => new SummaryListRow(r.Str("key.text"), r.Str("value.text"))
            {
                KeyHtml = r.Html("key.html"),
                KeyClasses = r.Str("key.classes"),
                ValueHtml = r.Html("value.html"),
                ValueClasses = r.Str("value.classes"),
                Classes = r.Str("classes"),
                Actions = Actions(r, "actions.items"),
                ActionsClasses = r.Str("actions.classes"),
            }).ToList(),
        };
        if (o.Object("card") is { } card)
        {
            helper.CardTitleText = card.Str("title.text");
            helper.CardTitleHtml = card.Html("title.html");
            helper.CardTitleHeadingLevel = card.Str("title.headingLevel") is { } level ? int.Parse(level) : null;
            helper.CardTitleClasses = card.Str("title.classes");
            helper.CardActions = card.Has("actions.items") ? Actions(card, "actions.items") : null;
            helper.CardActionsClasses = card.Str("actions.classes");
            helper.CardClasses = card.Str("classes") ?? "";
            helper.CardAttributes = card.AttributeMap();
        }
        return new Rendering(helper, "govuk-summary-list", o.Attributes());
    }

    private static List<SummaryListAction> Actions(FixtureOptions o, string path) =>
        o.List(path).Select(a => new SummaryListAction(a.Str("href"), a.Str("text"), a.Html("html"))
        {
            VisuallyHiddenText = a.Str("visuallyHiddenText"),
            Classes = a.Str("classes"),
            Attributes = a.AttributeMap(),
        }).ToList();
}
