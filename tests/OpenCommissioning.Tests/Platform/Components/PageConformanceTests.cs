using OpenCommissioning.Platform.Components;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class PageConformanceTests(ITestOutputHelper log)
{
    [Fact]
    public async Task PanelFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("panel", o => new Rendering(new PanelTagHelper
        {
            TitleText = o.Str("titleText"),
            TitleHtml = o.Html("titleHtml"),
            Text = o.Str("text"),
            HeadingLevel = o.Str("headingLevel") is { } level ? int.Parse(level) : null,
            Classes = o.Str("classes"),
        }, "govuk-panel", o.Attributes(), o.Str("html")));

        report.AssertConforms(minimum: 11, log);
    }

    [Fact]
    public async Task DetailsFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("details", o => new Rendering(new DetailsTagHelper
        {
            Id = o.Str("id"),
            SummaryText = o.Str("summaryText"),
            SummaryHtml = o.Html("summaryHtml"),
            Text = o.Str("text"),
            Classes = o.Str("classes"),
            Open = o.Bool("open"),
        }, "govuk-details", o.Attributes(), o.Str("html")));

        report.AssertConforms(minimum: 10, log);
    }

    [Fact]
    public async Task SkipLinkFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("skip-link", o => new Rendering(
            new SkipLinkTagHelper { Href = o.Str("href"), Text = o.Str("text"), Classes = o.Str("classes") },
            "govuk-skip-link", o.Attributes(), o.Str("html")));

        report.AssertConforms(minimum: 9, log);
    }

    [Fact]
    public async Task PhaseBannerFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("phase-banner", o => new Rendering(new PhaseBannerTagHelper
        {
            TagText = o.Str("tag.text"),
            TagHtml = o.Html("tag.html"),
            TagClasses = o.Str("tag.classes"),
            Text = o.Str("text"),
            Classes = o.Str("classes"),
        }, "govuk-phase-banner", o.Attributes(), o.Str("html")));

        report.AssertConforms(minimum: 7, log);
    }
}
