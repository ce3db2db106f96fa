using System.Net;
using OpenCommissioning.Organisations;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Organisations;

/// <summary>Bad input on the register-an-organisation form: a specific message on each field and nothing stored.</summary>
public sealed class RegisterOrganisationFormTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private async Task<(HttpClient Browser, HtmlPage Form)> SignedInFormAsync()
    {
        var account = await service.CreateAccountAsync(OrganisationArrange.NewEmail("registrar"));
        var browser = service.CreateBrowser();
        await browser.SignInAsync(account.Email!);
        return (browser, await HtmlPage.GetAsync(browser, OrganisationLinks.Register));
    }

    [Fact]
    public async Task Register_WhenNotSignedIn_SendsToSignIn()
    {
        var response = await service.CreateBrowser().GetAsync(OrganisationLinks.Register);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Register_WhenEmpty_ListsEachMissingAnswerInFormOrder_AndStoresNothing()
    {
        var (browser, form) = await SignedInFormAsync();
        var before = await service.RowCountsAsync();

        var result = await form.SubmitAsync(browser, new Dictionary<string, string>());

        Assert.Equal(
        [
            "Select whether the organisation is a buyer or a provider", "Enter the organisation's name",
            "Select the organisation's legal form", "Enter address line 1, typically the building and street",
            "Enter town or city", "Enter postcode",
        ], result.ErrorSummary);
        Assert.Equal("Select whether the organisation is a buyer or a provider", result.FieldError("Input_Kind"));
        Assert.Equal("#Input_Kind", result.Document.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(before, await service.RowCountsAsync());
    }

    [Fact]
    public async Task Register_WhenKindAndLegalFormForged_ShowsPlainMessagesNotBinderText()
    {
        var (browser, form) = await SignedInFormAsync();

        var result = await form.SubmitAsync(browser, new Dictionary<string, string>
            { ["Input.Kind"] = "Overlord", ["Input.LegalForm"] = "99", ["Input.Name"] = "Forged Ltd" });

        Assert.Equal("Select whether the organisation is a buyer or a provider", result.FieldError("Input_Kind"));
        Assert.DoesNotContain("is not valid", result.Text);
        Assert.Equal("Forged Ltd", result.Value("Input_Name"));
    }

    [Fact]
    public async Task Register_WhenBuyerIsACharity_SaysABuyerMustBeAPublicBody()
    {
        var (browser, form) = await SignedInFormAsync();
        var before = await service.RowCountsAsync();

        var result = await form.SubmitAsync(browser, new Dictionary<string, string>
        {
            ["Input.Kind"] = "Buyer", ["Input.Name"] = "Not A Council", ["Input.LegalForm"] = "Charity",
            ["Input.AddressLine1"] = "1 Street", ["Input.Town"] = "Leeds", ["Input.Postcode"] = "LS1 4AP",
        });

        Assert.Equal("Select Public body: a buyer must be a public body, such as a council or NHS body",
            result.FieldError("Input_LegalForm"));
        Assert.Equal(before, await service.RowCountsAsync());
    }

    [Fact]
    public async Task Register_WhenFiguresAndWebsiteWrong_ShowsAMessageOnEach()
    {
        var (browser, form) = await SignedInFormAsync();

        var result = await form.SubmitAsync(browser, new Dictionary<string, string>
        {
            ["Input.Kind"] = "Provider", ["Input.Name"] = "Figures Ltd", ["Input.LegalForm"] = "SoleTrader",
            ["Input.StaffCount"] = "lots", ["Input.AnnualTurnover"] = "a million", ["Input.AddressLine1"] = "1 Street",
            ["Input.Town"] = "Leeds", ["Input.Postcode"] = "NOT A POSTCODE", ["Input.Website"] = "not a website",
        });

        Assert.Equal("Number of staff must be a whole number, like 25", result.FieldError("Input_StaffCount"));
        Assert.Equal("Turnover must be a number, like 250000", result.FieldError("Input_AnnualTurnover"));
        Assert.Equal("Enter a website address in the correct format, like www.example.org.uk", result.FieldError("Input_Website"));
        Assert.NotNull(result.FieldError("Input_Postcode"));
        Assert.Equal("lots", result.Value("Input_StaffCount"));
    }

    [Fact]
    public async Task Register_WhenCompanyGivesNoNumber_AsksForTheRegister()
    {
        var (browser, form) = await SignedInFormAsync();

        var result = await form.SubmitAsync(browser, new Dictionary<string, string>
        {
            ["Input.Kind"] = "Provider", ["Input.Name"] = "Numberless Ltd", ["Input.LegalForm"] = "CompanyLimitedByShares",
            ["Input.AddressLine1"] = "1 Street", ["Input.Town"] = "Leeds", ["Input.Postcode"] = "LS1 4AP",
        });

        Assert.Equal(["Select the register that gave the organisation its number"], result.ErrorSummary);
        Assert.Equal("Select the register that gave the organisation its number", result.FieldError("Input_Scheme"));
    }

    [Fact]
    public async Task Register_WhenBuyer_MakesTheRegistrantAdministratorAndAsksForTwoFactors()
    {
        var (browser, form) = await SignedInFormAsync();
        var code = string.Concat(Enumerable.Range(0, 4).Select(_ => (char)('A' + Random.Shared.Next(26))));

        var result = await form.SubmitAsync(browser, new Dictionary<string, string>
        {
            ["Input.Kind"] = "Buyer", ["Input.Name"] = "Northshire Council", ["Input.LegalForm"] = "PublicBody",
            ["Input.Scheme"] = "GB-LAE", ["Input.Number"] = code.ToLowerInvariant(), ["Input.AddressLine1"] = "County Hall",
            ["Input.Town"] = "Northshire", ["Input.Postcode"] = "LS1 4AP",
        });
        var next = await browser.GetAsync(result.Location);

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        var organisationId = Guid.Parse(result.Location!.Split('/').Last());
        var membership = Assert.Single(await service.RowsAsync<OpenCommissioning.Organisations.Members.Membership>(), m => m.OrganisationId == organisationId);
        Assert.Equal(OpenCommissioning.Organisations.Members.OrganisationRole.OrganisationAdministrator, membership.Role);
        Assert.Equal("/account/two-factor", next.Headers.Location?.OriginalString);
    }
}
