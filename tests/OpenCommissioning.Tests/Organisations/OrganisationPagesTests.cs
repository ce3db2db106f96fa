using System.Net;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Organisations;

/// <summary>The list of a person's organisations, switching between them, and text shown encoded everywhere.</summary>
public sealed class OrganisationPagesTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private const string ScriptName = "<script>alert('owned')</script> & Sons";

    [Fact]
    public async Task List_WhenMemberOfTwo_ShowsBothAndSwitchingChoosesTheOther()
    {
        var member = await service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.BidWriter, "First Trust");
        var second = await service.CreateOrganisationAsync("Second Trust", OrganisationKind.Provider,
            (member.Account, OrganisationRole.OrganisationAdministrator));
        var list = await HtmlPage.GetAsync(member.Browser, OrganisationLinks.List);

        var result = await list.SubmitAsync(member.Browser, new Dictionary<string, string>(),
            $"form:has(input[value='{second.Id}'])");

        Assert.Equal(2, list.Document.QuerySelectorAll("main tbody tr").Length);
        Assert.Equal(2, list.Document.QuerySelectorAll("main form button").Length);
        Assert.Equal(OrganisationLinks.Organisation(second.Id), result.Location);
        var after = await HtmlPage.GetAsync(member.Browser, OrganisationLinks.List);
        Assert.Contains("You are working for Second Trust", after.Text.ReplaceLineEndings(" "));
        Assert.Equal("Second Trust", after.Document.QuerySelector(".govuk-service-navigation__list a[href='/organisations']")!.TextContent.Trim());
        var current = after.Document.QuerySelector("main tbody tr:has(.govuk-tag)")!;
        Assert.Contains("Second Trust", current.TextContent);
    }

    [Fact]
    public async Task OrganisationPage_ShowsDetailsWithHowVcseAndSmeWereDerived()
    {
        var member = await service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.BidWriter, "Derived Trust");

        var page = await HtmlPage.GetAsync(member.Browser, OrganisationLinks.Organisation(member.Organisation.Id));

        Assert.Equal("Derived Trust", page.Heading);
        Assert.Contains("Charitable incorporated organisation (CIO)", page.Text);
        Assert.Contains("How we worked this out: Charitable incorporated organisation", page.Document.GetElementById("vcse")!.TextContent);
        Assert.Contains("Not known", page.Document.GetElementById("sme")!.TextContent);
        Assert.Contains("How we worked this out: Size unknown: the number of staff has not been given", page.Document.GetElementById("sme")!.TextContent);
        Assert.Contains("LS1 4AP", page.Text);
        Assert.Contains("Your role: Bid writer", page.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/members")]
    [InlineData("/members/invite")]
    [InlineData("/members/{m}/role")]
    [InlineData("/members/{m}/remove")]
    [InlineData("list")]
    [InlineData("invitation")]
    public async Task Page_WhenOrganisationNameHoldsScript_ShowsItEncoded(string page)
    {
        var admin = await service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.OrganisationAdministrator, ScriptName);
        var colleague = await service.AddMemberAsync(admin.Organisation, OrganisationRole.BidWriter, "<b>Bold</b> Colleague");
        var url = page switch
        {
            "list" => OrganisationLinks.List,
            "invitation" => await InvitationForAsync(admin),
            _ => OrganisationLinks.Organisation(admin.Organisation.Id) + page.Replace("{m}", colleague.Id.ToString()),
        };

        // The invitation is opened signed out, the state in which its page names the organisation.
        var browser = page == "invitation" ? service.CreateBrowser() : admin.Browser;

        var response = await browser.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>Bold</b>", html);
        Assert.Contains("&lt;script&gt;alert(", html);
    }

    private async Task<string> InvitationForAsync(SignedInMember admin)
    {
        var form = await HtmlPage.GetAsync(admin.Browser, OrganisationLinks.Invite(admin.Organisation.Id));
        var email = OrganisationArrange.NewEmail("encoded");
        await form.SubmitAsync(admin.Browser, new Dictionary<string, string> { ["Email"] = email, ["Role"] = "BidWriter" });
        return await service.Mailbox.LinkAsync(email, InvitationEmails.Subject);
    }
}
