using System.Net;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Organisations;

/// <summary>Registering an organisation through the real form; run on PostgreSQL and on SQLite.</summary>
public abstract class RegisterOrganisationPageTests(ServiceFactory service)
{
    protected static Dictionary<string, string> Charity(string number, string name = "Riverside Community Trust") => new()
    {
        ["Input.Kind"] = "Provider", ["Input.Name"] = name, ["Input.LegalForm"] = "CharitableIncorporatedOrganisation",
        ["Input.Scheme"] = "GB-CHC", ["Input.Number"] = number, ["Input.StaffCount"] = "18",
        ["Input.AnnualTurnover"] = "650000", ["Input.BalanceSheetTotal"] = "", ["Input.AddressLine1"] = "4 Mill Lane",
        ["Input.Town"] = "Riverside", ["Input.Postcode"] = "ls1 4ap", ["Input.Website"] = "www.riverside.example.org",
    };

    protected static string UniqueCharityNumber() => Random.Shared.Next(1_000_000, 9_999_999).ToString();

    private async Task<(HttpClient Browser, HtmlPage Form)> SignedInFormAsync()
    {
        var account = await service.CreateAccountAsync(OrganisationArrange.NewEmail("registrar"), "Rita Registrar");
        var browser = service.CreateBrowser();
        await browser.SignInAsync(account.Email!);
        return (browser, await HtmlPage.GetAsync(browser, OrganisationLinks.Register));
    }

    [Fact]
    public async Task Register_WhenValidCharity_SavesOrganisationWithAdministratorAndAudit_AndShowsDerivations()
    {
        var (browser, form) = await SignedInFormAsync();
        var number = UniqueCharityNumber();

        var result = await form.SubmitAsync(browser, Charity(number));

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        var page = await HtmlPage.GetAsync(browser, result.Location!);
        Assert.Equal("Riverside Community Trust", page.Heading);
        Assert.Contains($"GB-CHC-{number}", page.Document.GetElementById("identifiers")!.TextContent);
        Assert.Contains($"Registered charity (GB-CHC-{number})", page.Document.GetElementById("vcse")!.TextContent);
        Assert.Contains("Small enterprise: 18 staff (fewer than 50)", page.Document.GetElementById("sme")!.TextContent);
        Assert.Contains("is registered. You are its organisation administrator", page.Text);
        var organisationId = Guid.Parse(result.Location!.Split('/').Last());
        var membership = (await service.RowsAsync<Membership>()).Single(m => m.OrganisationId == organisationId);
        Assert.Equal(OrganisationRole.OrganisationAdministrator, membership.Role);
        var audit = Assert.Single(await service.AuditAsync(AuditActions.OrganisationRegistered, organisationId.ToString()));
        Assert.Equal(membership.AccountId, audit.ActorId);
    }

    [Fact]
    public async Task Register_WhenNumberAlreadyRegistered_ShowsAlreadyRegisteredOnNumber_AndStoresNothing()
    {
        var number = UniqueCharityNumber();
        var (first, firstForm) = await SignedInFormAsync();
        await firstForm.SubmitAsync(first, Charity(number));
        var (browser, form) = await SignedInFormAsync();
        var before = await service.RowCountsAsync();

        // Typed with spaces and the register's prefix: normalised, it is the same identifier.
        var result = await form.SubmitAsync(browser, Charity($" gb-chc-{number} ", "Another Trust"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal($"An organisation with Charity Commission number {number} is already registered: "
            + "ask its organisation administrator to invite you", result.FieldError("Input_Number"));
        Assert.Equal("Another Trust", result.Value("Input_Name"));
        Assert.Equal(before, await service.RowCountsAsync());
    }

    [Fact]
    public async Task Register_WhenCharityNumberMalformed_ShowsFormatMessage_KeepsValues_AndStoresNothing()
    {
        var (browser, form) = await SignedInFormAsync();
        var before = await service.RowCountsAsync();

        var result = await form.SubmitAsync(browser, Charity("12AB"));

        Assert.Equal(["Enter a Charity Commission number of 6 or 7 digits, like 1123456, or with a subsidiary number, like 1123456-1"],
            result.ErrorSummary);
        Assert.StartsWith("Error:", result.Title);
        Assert.Equal("12AB", result.Value("Input_Number"));
        Assert.Equal("650000", result.Value("Input_AnnualTurnover"));
        Assert.True(result.Document.QuerySelector("input[name='Input.Kind'][value=Provider]")!.HasAttribute("checked"));
        Assert.Equal(before, await service.RowCountsAsync());
    }
}

public sealed class RegisterOrganisationOnPostgresTests(ServiceFactory service)
    : RegisterOrganisationPageTests(service), IClassFixture<ServiceFactory>;

public sealed class RegisterOrganisationOnSqliteTests(SqliteServiceFactory service)
    : RegisterOrganisationPageTests(service), IClassFixture<SqliteServiceFactory>;
