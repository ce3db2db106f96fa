using AngleSharp.Html.Parser;
using OpenCommissioning.Platform.Components;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class DateInputAspForTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task DateInput_WithAspFor_NamesIdsAndValuesComeFromTheModel()
    {
        var page = new PageForm<OrganisationForm>(new() { Founded = DateInputValue.From(new DateOnly(2019, 4, 6)) });

        var html = Parser.ParseDocument(await Render(page));

        var inputs = html.QuerySelectorAll("input")
            .Select(i => (i.Id, i.GetAttribute("name"), i.GetAttribute("value"))).ToList();
        Assert.Equal([("Founded-day", "Founded.Day", "6"), ("Founded-month", "Founded.Month", "4"),
            ("Founded-year", "Founded.Year", "2019")], inputs);
        Assert.Equal("Founded", html.QuerySelector(".govuk-date-input")!.Id);
    }

    [Fact]
    public async Task DateInput_WhenWholeDateHasError_MarksEveryFieldAndSummaryLinksToDay()
    {
        var page = new PageForm<OrganisationForm>(new()).Posted("Founded.Day", "31").Posted("Founded.Month", "2")
            .Posted("Founded.Year", "2020").Error("Founded", "Date founded must be a real date");

        var html = Parser.ParseDocument(await Render(page) + await Summary(page));

        Assert.Equal(["31", "2", "2020"], html.QuerySelectorAll("input").Select(i => i.GetAttribute("value")));
        Assert.Equal(3, html.QuerySelectorAll("input.govuk-input--error").Length);
        Assert.Equal("Error: Date founded must be a real date", html.QuerySelector("#Founded-error")!.TextContent.Trim());
        Assert.Equal("Founded-error", html.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
        var link = html.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href");
        Assert.Equal("#Founded-day", link);
        Assert.NotNull(html.QuerySelector(link!));
    }

    [Fact]
    public async Task DateInput_WhenOnePartHasError_MarksThatFieldAndSummaryLinksToIt()
    {
        var page = new PageForm<OrganisationForm>(new()).Posted("Founded.Month", "13")
            .Error("Founded.Month", "Month must be between 1 and 12");

        var html = Parser.ParseDocument(await Render(page) + await Summary(page));

        Assert.Equal(["Founded-month"], html.QuerySelectorAll("input.govuk-input--error").Select(i => i.Id));
        Assert.Contains("govuk-form-group--error", html.QuerySelector(".govuk-form-group")!.ClassList);
        Assert.Equal("#Founded-month", html.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task DateInput_WhenPostedValuesHoldMarkup_WritesThemEncoded()
    {
        var page = new PageForm<OrganisationForm>(new()).Posted("Founded.Day", "\"><script>alert(1)</script>");
        var helper = Helper(page);
        helper.FieldsetLegendText = "<b>Founded</b>";
        helper.Month = new DateInputItem { Label = "<i>Mis</i>" };

        var markup = await Conformance.RenderAsync(new Rendering(helper, "govuk-date-input"));
        var html = Parser.ParseDocument(markup);

        Assert.Null(html.QuerySelector("script, b, i"));
        Assert.Equal("\"><script>alert(1)</script>", html.QuerySelector("#Founded-day")!.GetAttribute("value"));
        Assert.Equal("<b>Founded</b>", html.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal("<i>Mis</i>", html.QuerySelector("label[for=Founded-month]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("6", "4", "2019", true)]
    [InlineData("29", "2", "2024", true)]
    [InlineData("29", "2", "2023", false)]
    [InlineData("31", "13", "2020", false)]
    [InlineData("1", "1", "20", false)]
    [InlineData("", "1", "2020", false)]
    [InlineData("1st", "1", "2020", false)]
    public void TryGetDate_ForTypedParts_AcceptsOnlyRealDates(string day, string month, string year, bool expected)
    {
        var value = new DateInputValue { Day = day, Month = month, Year = year };

        var found = value.TryGetDate(out var date);

        Assert.Equal(expected, found);
        Assert.Equal(expected ? new DateOnly(int.Parse(year), int.Parse(month), int.Parse(day)) : default, date);
    }

    private static DateInputTagHelper Helper(PageForm<OrganisationForm> page) => new()
    {
        For = page.For(m => m.Founded), ViewContext = page.ViewContext, FieldsetLegendText = "When was it founded?",
    };

    private static Task<string> Render(PageForm<OrganisationForm> page) =>
        Conformance.RenderAsync(new Rendering(Helper(page), "govuk-date-input"));

    private static Task<string> Summary(PageForm<OrganisationForm> page) =>
        Conformance.RenderAsync(new Rendering(new ErrorSummaryTagHelper { ViewContext = page.ViewContext },
            "govuk-error-summary"));
}
