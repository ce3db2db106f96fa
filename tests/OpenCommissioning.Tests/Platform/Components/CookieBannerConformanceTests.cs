using AngleSharp.Html.Parser;
using OpenCommissioning.Platform.Components;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class CookieBannerConformanceTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Fixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("cookie-banner", o => new Rendering(new CookieBannerTagHelper
        {
            AriaLabel = o.Str("ariaLabel"),
            Hidden = o.Bool("hidden"),
            Classes = o.Str("classes"),
            Messages = o.List("messages").Select(m => new CookieBannerMessage(m.Str("headingText"), m.Str("text"),
                m.Html("html"))
            {
                HeadingHtml = m.Html("headingHtml"),
                Classes = m.Str("classes"),
                Role = m.Str("role"),
                Hidden = m.Bool("hidden"),
                Attributes = m.AttributeMap(),
                Actions = m.List("actions").Select(a => new CookieBannerAction(a.Str("text"))
                {
                    Type = a.Str("type"),
                    Href = a.Str("href"),
                    Name = a.Str("name"),
                    Value = a.Str("value"),
                    Classes = a.Str("classes"),
                    Attributes = a.AttributeMap(),
                }).ToList(),
            }).ToList(),
        }, "govuk-cookie-banner", o.Attributes()));

        report.AssertConforms(minimum: 23, log);
    }

    [Fact]
    public async Task Render_WhenTextsHoldMarkup_WritesThemEncoded()
    {
        var helper = new CookieBannerTagHelper
        {
            Messages = [new("<b>Cookies</b>", "<script>alert(1)</script>")
            {
                Actions = [new("<i>Accept</i>") { Value = "\"><u>" }, new("<s>View</s>") { Href = "/cookies" }],
            }],
        };

        var markup = await Conformance.RenderAsync(new Rendering(helper, "govuk-cookie-banner"));
        var html = new HtmlParser().ParseDocument(markup);

        Assert.Null(html.QuerySelector("script, b, i, u, s"));
        Assert.Equal("<script>alert(1)</script>", html.QuerySelector(".govuk-cookie-banner__content p")!.TextContent);
        Assert.Equal("\"><u>", html.QuerySelector("button")!.GetAttribute("value"));
        Assert.Equal("<s>View</s>", html.QuerySelector("a.govuk-link")!.TextContent);
    }
}
