using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Platform;

public class EncodingTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private const string Script = "<script>alert('x')</script>";

    [Fact]
    public async Task NamesWithScript_AreShownAsTextOnTheAccountPage()
    {
        var account = await service.CreateAccountAsync("script.person@example.org", name: "Eve " + Script);
        await service.CreateOrganisationAsync("Org " + Script, OrganisationKind.Provider, (account, OrganisationRole.BidWriter));
        var browser = service.CreateBrowser();
        await browser.SignInAsync(account.Email!);

        var response = await browser.GetAsync("/account");
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain(Script, html);
        Assert.Contains("&lt;script&gt;", html);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Contains("Eve " + Script, page.Text);
        Assert.Contains("Org " + Script, page.Text);
    }
}
