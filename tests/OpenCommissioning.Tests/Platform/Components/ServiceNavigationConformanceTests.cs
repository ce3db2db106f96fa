using AngleSharp.Html.Parser;
using OpenCommissioning.Platform.Components;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class ServiceNavigationConformanceTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Fixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("service-navigation", o =>
        {
            var endIsText = o.Object("slots.end") is null;
            return new Rendering(new ServiceNavigationTagHelper
            {
                ServiceName = o.Str("serviceName"),
                ServiceUrl = o.Str("serviceUrl"),
                Navigation = o.List("navigation").Select(i => new ServiceNavigationItem(i.Str("text"), i.Str("href"),
                    i.Html("html"))
                {
                    Active = i.Bool("active"), Current = i.Bool("current"), Attributes = i.AttributeMap(),
                }).ToList(),
                NavigationId = o.Str("navigationId"),
                NavigationLabel = o.Str("navigationLabel"),
                NavigationClasses = o.Str("navigationClasses"),
                MenuButtonText = o.Str("menuButtonText"),
                MenuButtonLabel = o.Str("menuButtonLabel"),
                CollapseNavigationOnMobile = o.NullableBool("collapseNavigationOnMobile"),
                AriaLabel = o.Str("ariaLabel"),
                Classes = o.Str("classes"),
                SlotStart = o.Html("slots.start"),
                SlotEnd = endIsText ? o.Html("slots.end") : o.Html("slots.end.html"),
                SlotEndInline = !endIsText && o.Str("slots.end.align") == "inline",
                SlotNavigationStart = o.Html("slots.navigationStart"),
                SlotNavigationEnd = o.Html("slots.navigationEnd"),
            }, "govuk-service-navigation", o.Attributes());
        });

        report.AssertConforms(minimum: 33, log);
    }

    [Fact]
    public async Task Render_WhenTextsHoldMarkup_WritesThemEncoded()
    {
        var helper = new ServiceNavigationTagHelper
        {
            ServiceName = "<b>Commissioning</b>", ServiceUrl = "/",
            Navigation = [new("<i>Tenders</i>", "/tenders") { Current = true }, new("<script>alert(1)</script>", "/x")],
        };

        var markup = await Conformance.RenderAsync(new Rendering(helper, "govuk-service-navigation"));
        var html = new HtmlParser().ParseDocument(markup);

        Assert.Null(html.QuerySelector("script, b, i"));
        Assert.Equal("<b>Commissioning</b>", html.QuerySelector(".govuk-service-navigation__service-name")!.TextContent.Trim());
        Assert.Equal("<i>Tenders</i>", html.QuerySelector("[aria-current=page]")!.TextContent.Trim());
    }
}
