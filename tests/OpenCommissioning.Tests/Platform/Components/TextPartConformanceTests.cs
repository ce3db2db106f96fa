using OpenCommissioning.Platform.Components;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class TextPartConformanceTests(ITestOutputHelper log)
{
    [Fact]
    public async Task ErrorSummaryFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("error-summary", o => new Rendering(new ErrorSummaryTagHelper
        {
            TitleText = o.Str("titleText"),
            TitleHtml = o.Html("titleHtml"),
            DescriptionText = o.Str("descriptionText"),
            DescriptionHtml = o.Html("descriptionHtml"),
            Classes = o.Str("classes"),
            DisableAutoFocus = o.NullableBool("disableAutoFocus"),
            ErrorList = o.List("errorList")
                .Select(e => new ErrorSummaryItem(e.Str("text"), e.Str("href"), e.Html("html"))).ToList(),
        }, "govuk-error-summary", o.Attributes()));

        report.AssertConforms(minimum: 18, log);
    }

    [Fact]
    public async Task ErrorMessageFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("error-message", o => new Rendering(new ErrorMessageTagHelper
        {
            Id = o.Str("id"),
            Text = o.Str("text"),
            Classes = o.Str("classes"),
            VisuallyHiddenText = o.Str("visuallyHiddenText"),
        }, "govuk-error-message", o.Attributes(), o.Str("html")));

        report.AssertConforms(minimum: 9, log);
    }

    [Fact]
    public async Task LabelFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("label", o => new Rendering(new LabelTagHelper
        {
            Text = o.Str("text"),
            Classes = o.Str("classes"),
            IsPageHeading = o.Bool("isPageHeading"),
            For = o.Str("for"),
        }, "govuk-label", o.Attributes(), o.Str("html")));

        report.AssertConforms(minimum: 17, log);
    }

    [Fact]
    public async Task HintFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("hint", o => new Rendering(new HintTagHelper
        {
            Id = o.Str("id"),
            Text = o.Str("text"),
            Classes = o.Str("classes"),
        }, "govuk-hint", o.Attributes(), o.Str("html")));

        report.AssertConforms(minimum: 6, log);
    }

    [Fact]
    public async Task FieldsetFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("fieldset", o => new Rendering(new FieldsetTagHelper
        {
            LegendText = o.Str("legend.text"),
            LegendHtml = o.Html("legend.html"),
            LegendClasses = o.Str("legend.classes"),
            LegendIsPageHeading = o.Bool("legend.isPageHeading"),
            DescribedBy = o.Str("describedBy"),
            Classes = o.Str("classes"),
            Role = o.Str("role"),
        }, "govuk-fieldset", o.Attributes(), o.Str("html")));

        report.AssertConforms(minimum: 18, log);
    }
}
