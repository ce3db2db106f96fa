using AngleSharp.Html.Parser;
using OpenCommissioning.Platform.Components;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class ChoicesAspForTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Checkboxes_WithAspForOnAList_ChecksEveryValueInTheModel()
    {
        var page = new PageForm<OrganisationForm>(new() { Services = ["care", "housing"] });
        var helper = new CheckboxesTagHelper
        {
            For = page.For(m => m.Services), ViewContext = page.ViewContext, FieldsetLegendText = "Services",
            Items = [new("care", "Care"), new("housing", "Housing"), new("advice", "Advice")],
        };

        var html = Parser.ParseDocument(await Conformance.RenderAsync(new Rendering(helper, "govuk-checkboxes")));

        Assert.Equal(["care", "housing"], html.QuerySelectorAll("input[checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["Services", "Services-2", "Services-3"], html.QuerySelectorAll("input").Select(i => i.Id));
    }

    [Fact]
    public async Task Radios_WhenModelStateHasError_ShowsItInTheFieldsetAndKeepsTheChoice()
    {
        var page = new PageForm<OrganisationForm>(new()).Posted("LegalForm", "cic")
            .Error("LegalForm", "Select a legal form that matches your registration");
        var helper = new RadiosTagHelper
        {
            For = page.For(m => m.LegalForm), ViewContext = page.ViewContext, FieldsetLegendText = "Legal form",
            Items = [new("charity", "Charity"), ChoiceItem.Or(), new("cic", "Community interest company")
                { ConditionalHtml = new Microsoft.AspNetCore.Html.HtmlString("<p>More</p>") }],
        };

        var html = Parser.ParseDocument(await Conformance.RenderAsync(new Rendering(helper, "govuk-radios")));

        Assert.Equal("LegalForm-error", html.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
        Assert.Contains("Select a legal form that matches your registration",
            html.QuerySelector("#LegalForm-error")!.TextContent);
        Assert.Equal("cic", html.QuerySelector("input[checked]")!.GetAttribute("value"));
        Assert.DoesNotContain("govuk-radios__conditional--hidden", html.QuerySelector("#conditional-LegalForm-3")!.ClassList);
    }
}
