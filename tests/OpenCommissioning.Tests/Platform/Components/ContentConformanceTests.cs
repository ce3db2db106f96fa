using OpenCommissioning.Platform.Components;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class ContentConformanceTests(ITestOutputHelper log)
{
    [Fact]
    public async Task ButtonFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("button", o => new Rendering(new ButtonTagHelper
        {
            Text = o.Str("text"),
            Href = o.Str("href"),
            Type = o.Str("type"),
            Name = o.Str("name"),
            Value = o.Str("value"),
            Id = o.Str("id"),
            Classes = o.Str("classes"),
            Disabled = o.Bool("disabled"),
            IsStartButton = o.Bool("isStartButton"),
            PreventDoubleClick = o.NullableBool("preventDoubleClick"),
        }, "govuk-button", o.Attributes(), o.Str("html")));

        report.AssertConforms(minimum: 38, log);
    }

    [Fact]
    public async Task TagFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("tag", o => new Rendering(
            new TagTagHelper { Text = o.Str("text"), Classes = o.Str("classes") },
            "govuk-tag", o.Attributes(), o.Str("html")));

        report.AssertConforms(minimum: 12, log);
    }

    [Fact]
    public async Task InsetTextFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("inset-text", o => new Rendering(
            new InsetTextTagHelper { Id = o.Str("id"), Text = o.Str("text"), Classes = o.Str("classes") },
            "govuk-inset-text", o.Attributes(), o.Str("html")));

        report.AssertConforms(minimum: 6, log);
    }

    [Fact]
    public async Task WarningTextFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("warning-text", o => new Rendering(new WarningTextTagHelper
        {
            Text = o.Str("text"), Classes = o.Str("classes"), IconFallbackText = o.Str("iconFallbackText"),
        }, "govuk-warning-text", o.Attributes(), o.Str("html")));

        report.AssertConforms(minimum: 8, log);
    }

    [Fact]
    public async Task BackLinkFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("back-link", o => new Rendering(
            new BackLinkTagHelper { Href = o.Str("href"), Text = o.Str("text"), Classes = o.Str("classes") },
            "govuk-back-link", o.Attributes(), o.Str("html")));

        report.AssertConforms(minimum: 7, log);
    }
}

public sealed class ConformanceHarnessTests
{
    [Fact]
    public void Differences_WhenOnlyWhitespaceDiffers_FindsNone()
    {
        var differences = Conformance.Differences("<p class=\"a b\">\n  Text\n</p>", "<p class=\"b a\">Text</p>");

        Assert.Empty(differences);
    }

    [Theory]
    [InlineData("<p class=\"a\">Text</p>")]
    [InlineData("<p class=\"a b\">Other</p>")]
    [InlineData("<p class=\"a b\" id=\"x\">Text</p>")]
    [InlineData("<div class=\"a b\">Text</div>")]
    public void Differences_WhenMarkupDiffers_ReportsIt(string actual)
    {
        var differences = Conformance.Differences("<p class=\"a b\">Text</p>", actual);

        Assert.NotEmpty(differences);
    }
}
