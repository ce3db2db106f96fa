using AngleSharp.Html.Parser;
using OpenCommissioning.Platform.Components;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class AspForTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Input_WithAspFor_TakesIdNameAndValueFromTheModel()
    {
        var page = new PageForm<OrganisationForm>(new OrganisationForm { Address = { Postcode = "SW1A 2AA" } });
        var helper = new InputTagHelper { For = page.For(m => m.Address.Postcode), ViewContext = page.ViewContext, LabelText = "Postcode" };

        var html = Parser.ParseDocument(await Conformance.RenderAsync(new Rendering(helper, "govuk-input")));

        var input = html.QuerySelector("input")!;
        Assert.Equal("Address_Postcode", input.Id);
        Assert.Equal("Address.Postcode", input.GetAttribute("name"));
        Assert.Equal("SW1A 2AA", input.GetAttribute("value"));
        Assert.Equal("Address_Postcode", html.QuerySelector("label")!.GetAttribute("for"));
    }

    [Fact]
    public async Task Input_WhenModelStateHasError_ShowsMessageErrorClassesAndDescribedBy()
    {
        var page = new PageForm<OrganisationForm>(new()).Posted("Name", "").Error("Name", "Enter the organisation's name");
        var helper = new InputTagHelper { For = page.For(m => m.Name), ViewContext = page.ViewContext, LabelText = "Name" };

        var html = Parser.ParseDocument(await Conformance.RenderAsync(new Rendering(helper, "govuk-input")));

        Assert.Equal("Error: Enter the organisation's name", html.QuerySelector("#Name-error")!.TextContent.Trim());
        Assert.Contains("govuk-input--error", html.QuerySelector("input")!.ClassList);
        Assert.Contains("govuk-form-group--error", html.QuerySelector(".govuk-form-group")!.ClassList);
        Assert.Equal("Name-error", html.QuerySelector("input")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Input_WhenPostedValueWasRejected_KeepsWhatTheUserTyped()
    {
        var page = new PageForm<OrganisationForm>(new() { Name = "Old name" }).Posted("Name", "typed text")
            .Error("Name", "Name must be 160 characters or fewer");
        var helper = new InputTagHelper { For = page.For(m => m.Name), ViewContext = page.ViewContext, LabelText = "Name" };

        var html = Parser.ParseDocument(await Conformance.RenderAsync(new Rendering(helper, "govuk-input")));

        Assert.Equal("typed text", html.QuerySelector("input")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Input_WhenValueHoldsScript_WritesItEncoded()
    {
        var page = new PageForm<OrganisationForm>(new() { Name = "\"><script>alert(1)</script>" });
        var helper = new InputTagHelper { For = page.For(m => m.Name), ViewContext = page.ViewContext, LabelText = "<b>Name</b>" };

        var markup = await Conformance.RenderAsync(new Rendering(helper, "govuk-input"));
        var html = Parser.ParseDocument(markup);

        Assert.DoesNotContain("<script>", markup);
        Assert.Null(html.QuerySelector("script"));
        Assert.Null(html.QuerySelector("b"));
        Assert.Equal("\"><script>alert(1)</script>", html.QuerySelector("input")!.GetAttribute("value"));
        Assert.Equal("<b>Name</b>", html.QuerySelector("label")!.TextContent.Trim());
    }

    [Fact]
    public async Task Textarea_WhenValueHoldsScript_WritesItEncodedAsText()
    {
        var page = new PageForm<OrganisationForm>(new()).Posted("Description", "<script>alert(1)</script>");
        var helper = new TextareaTagHelper { For = page.For(m => m.Description), ViewContext = page.ViewContext, LabelText = "Description" };

        var markup = await Conformance.RenderAsync(new Rendering(helper, "govuk-textarea"));

        Assert.Contains("&lt;script&gt;", markup);
        Assert.Equal("<script>alert(1)</script>", Parser.ParseDocument(markup).QuerySelector("textarea")!.TextContent);
    }

    [Fact]
    public async Task Select_WithAspFor_SelectsThePostedValue()
    {
        var page = new PageForm<OrganisationForm>(new() { LegalForm = "charity" }).Posted("LegalForm", "cic");
        var helper = new SelectTagHelper
        {
            For = page.For(m => m.LegalForm), ViewContext = page.ViewContext, LabelText = "Legal form",
            Items = [new("charity", "Charity"), new("cic", "Community interest company")],
        };

        var html = Parser.ParseDocument(await Conformance.RenderAsync(new Rendering(helper, "govuk-select")));

        Assert.Equal(["cic"], html.QuerySelectorAll("option[selected]").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task ErrorSummary_WhenModelStateInvalid_LinksEachErrorToItsField()
    {
        var page = new PageForm<OrganisationForm>(new()).Error("Name", "Enter the organisation's name")
            .Error("Address.Postcode", "Enter a real postcode").Error("", "This organisation is already registered");
        var helper = new ErrorSummaryTagHelper { ViewContext = page.ViewContext };

        var html = Parser.ParseDocument(await Conformance.RenderAsync(new Rendering(helper, "govuk-error-summary")));

        Assert.Equal("There is a problem", html.QuerySelector(".govuk-error-summary__title")!.TextContent.Trim());
        var links = html.QuerySelectorAll(".govuk-error-summary__list a")
            .Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).OrderBy(l => l.Item1).ToList();
        Assert.Equal([("#Address_Postcode", "Enter a real postcode"), ("#Name", "Enter the organisation's name")], links);
        Assert.Equal(3, html.QuerySelectorAll(".govuk-error-summary__list li").Length);
    }

    [Fact]
    public async Task ErrorSummary_WhenModelStateValid_RendersNothing()
    {
        var page = new PageForm<OrganisationForm>(new()).Posted("Name", "Acme");
        var helper = new ErrorSummaryTagHelper { ViewContext = page.ViewContext };

        var markup = await Conformance.RenderAsync(new Rendering(helper, "govuk-error-summary"));

        Assert.Equal("", markup);
    }
}
