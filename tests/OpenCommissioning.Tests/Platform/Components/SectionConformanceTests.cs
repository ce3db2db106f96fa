using AngleSharp.Html.Parser;
using OpenCommissioning.Platform.Components;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class SectionConformanceTests(ITestOutputHelper log)
{
    [Fact]
    public async Task TaskListFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("task-list", o => new Rendering(new TaskListTagHelper
        {
            IdPrefix = o.Str("idPrefix"),
            Classes = o.Str("classes"),
            Items = Enumerable.Range(0, Count(o)).Select(i => o.Object($"items.{i}") is { } item
                ? new TaskListItem(item.Str("title.text"), item.Str("href"))
                {
                    TitleHtml = item.Html("title.html"),
                    TitleClasses = item.Str("title.classes"),
                    HintText = item.Str("hint.text"),
                    HintHtml = item.Html("hint.html"),
                    StatusText = item.Str("status.text"),
                    StatusHtml = item.Html("status.html"),
                    StatusClasses = item.Str("status.classes"),
                    StatusTagText = item.Str("status.tag.text"),
                    StatusTagHtml = item.Html("status.tag.html"),
                    StatusTagClasses = item.Str("status.tag.classes"),
                    StatusTagAttributes = item.AttributeMap("status.tag.attributes"),
                    Classes = item.Str("classes"),
                }
                : Falsy(o, $"items.{i}")).ToList(),
        }, "govuk-task-list", o.Attributes()));

        report.AssertConforms(minimum: 11, log);
    }

    [Fact]
    public async Task AccordionFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("accordion", o => new Rendering(new AccordionTagHelper
        {
            Id = o.Str("id"),
            HeadingLevel = o.Str("headingLevel") is { } level ? int.Parse(level) : null,
            Classes = o.Str("classes"),
            RememberExpanded = o.NullableBool("rememberExpanded"),
            HideAllSectionsText = o.Str("hideAllSectionsText"),
            HideSectionText = o.Str("hideSectionText"),
            HideSectionAriaLabelText = o.Str("hideSectionAriaLabelText"),
            ShowAllSectionsText = o.Str("showAllSectionsText"),
            ShowSectionText = o.Str("showSectionText"),
            ShowSectionAriaLabelText = o.Str("showSectionAriaLabelText"),
            Items = Enumerable.Range(0, Count(o)).Select(i => o.Object($"items.{i}") is { } item
                ? new AccordionItem(item.Str("heading.text"), item.Str("content.text"), item.Html("content.html"))
                {
                    HeadingHtml = item.Html("heading.html"),
                    SummaryText = item.Str("summary.text"),
                    SummaryHtml = item.Html("summary.html"),
                    Expanded = item.Bool("expanded"),
                }
                : Falsy<AccordionItem>(o, $"items.{i}")).ToList(),
        }, "govuk-accordion", o.Attributes()));

        report.AssertConforms(minimum: 13, log);
    }

    [Fact]
    public async Task TabsFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("tabs", o => new Rendering(new TabsTagHelper
        {
            Id = o.Str("id"),
            IdPrefix = o.Str("idPrefix"),
            Title = o.Str("title"),
            Classes = o.Str("classes"),
            Items = Enumerable.Range(0, Count(o)).Select(i => o.Object($"items.{i}") is { } item
                ? new TabsItem(item.Str("label") ?? "", item.Str("panel.text"), item.Html("panel.html"))
                {
                    Id = item.Str("id"),
                    Attributes = item.AttributeMap(),
                    PanelAttributes = item.AttributeMap("panel.attributes"),
                }
                : Falsy<TabsItem>(o, $"items.{i}")).ToList(),
        }, "govuk-tabs", o.Attributes()));

        report.AssertConforms(minimum: 14, log);
    }

    [Fact]
    public async Task SectionTexts_WhenTheyHoldMarkup_AreWrittenEncoded()
    {
        var markup = await Conformance.RenderAsync(new Rendering(new TaskListTagHelper
        {
            Items = [new TaskListItem("<b>Lots</b>", "/lots") { StatusTagText = "<i>Incomplete</i>" }],
        }, "govuk-task-list"))
            + await Conformance.RenderAsync(new Rendering(new AccordionTagHelper
            {
                Id = "faq", Items = [new AccordionItem("<u>Q</u>", "<script>alert(1)</script>")],
            }, "govuk-accordion"))
            + await Conformance.RenderAsync(new Rendering(new TabsTagHelper
            {
                IdPrefix = "t", Items = [new TabsItem("<s>Tab</s>", "<em>Panel</em>")],
            }, "govuk-tabs"));
        var html = new HtmlParser().ParseDocument(markup);

        Assert.Null(html.QuerySelector("script, b, i, u, s, em"));
        Assert.Equal("<i>Incomplete</i>", html.QuerySelector("#task-list-1-status")!.TextContent.Trim());
        Assert.Equal("<script>alert(1)</script>", html.QuerySelector("#faq-content-1 p")!.TextContent);
        Assert.Equal("<s>Tab</s>", html.QuerySelector(".govuk-tabs__tab")!.TextContent);
    }

    /// <summary>How many items the fixture lists; an empty list counts as read.</summary>
    private static int Count(FixtureOptions o)
    {
        var count = o.Count("items");
        if (count == 0)
        {
            o.Ignore("items");
        }
        return count;
    }

    /// <summary>A falsy entry (the macros skip it but still count it); it must be read to count as supported.</summary>
    private static TaskListItem? Falsy(FixtureOptions o, string path) => Falsy<TaskListItem>(o, path);

    private static T? Falsy<T>(FixtureOptions o, string path) where T : class
    {
        o.Ignore(path);
        return null;
    }
}
