using System.Net;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Organisations;

/// <summary>A buyer's administrator setting the shortest time the buyer allows for bids, through the real form.</summary>
public sealed class TenderPeriodsPageTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    private Task<SignedInMember> AdministratorAsync() =>
        service.SignedInMemberAsync(OrganisationKind.Buyer, OrganisationRole.OrganisationAdministrator);

    private static Task<HtmlPage> FormAsync(SignedInMember admin) =>
        HtmlPage.GetAsync(admin.Browser, OrganisationLinks.TenderPeriods(admin.Organisation.Id));

    [Fact]
    public async Task Get_WhenBuyerHasNoFiguresOfItsOwn_ShowsTheServiceDefaultBesideEachEmptyBox()
    {
        var admin = await AdministratorAsync();

        var page = await FormAsync(admin);

        Assert.Equal("Shortest time you allow for bids", page.Heading);
        Assert.Equal("", page.Value("OpenDays"));
        Assert.Equal("", page.Value("BelowThresholdDays"));
        Assert.Contains("The service's default is 25 days", page.Document.GetElementById("OpenDays-hint")!.TextContent);
        Assert.Contains("The service's default is 10 days", page.Document.GetElementById("BelowThresholdDays-hint")!.TextContent);
    }

    [Fact]
    public async Task Save_WhenValid_StoresTheFiguresAuditsTheChangeAndConfirms()
    {
        var admin = await AdministratorAsync();
        var form = await FormAsync(admin);

        var result = await form.SubmitAsync(admin.Browser, new Dictionary<string, string> { ["OpenDays"] = "30", ["BelowThresholdDays"] = "" });

        Assert.Equal(OrganisationLinks.Organisation(admin.Organisation.Id), result.Location);
        Assert.Equal((30, (int?)null), await service.MinimumTenderDaysAsync(admin.Organisation.Id));
        var audit = Assert.Single(await service.AuditAsync(AuditActions.TenderPeriodsChanged, admin.Organisation.Id.ToString()));
        Assert.Equal(admin.Account.Id, audit.ActorId);
        Assert.Equal($"{admin.Organisation.Name}: open procedures 25 days (the service's default), below-threshold procurements 10 days (the service's default) " +
            "changed to open procedures 30 days, below-threshold procurements 10 days (the service's default)", audit.Detail);
        var organisationPage = await HtmlPage.GetAsync(admin.Browser, result.Location!);
        Assert.Equal("Shortest time you allow for bids saved", organisationPage.Document.QuerySelector(".govuk-notification-banner__heading")?.TextContent);
        var periods = organisationPage.Document.GetElementById("tender-periods")!.TextContent;
        Assert.Contains("30 days", periods);
        Assert.Contains("10 days (the service's default)", periods);
    }

    [Fact]
    public async Task Save_WhenBoxesEmptied_ReturnsToTheServiceDefaults()
    {
        var admin = await AdministratorAsync();
        await service.SetMinimumTenderDaysAsync(admin.Organisation.Id, 30, 14);
        var form = await FormAsync(admin);
        Assert.Equal("30", form.Value("OpenDays"));

        await form.SubmitAsync(admin.Browser, new Dictionary<string, string> { ["OpenDays"] = "", ["BelowThresholdDays"] = " " });

        Assert.Equal(((int?)null, (int?)null), await service.MinimumTenderDaysAsync(admin.Organisation.Id));
    }

    [Fact]
    public async Task Save_WhenNothingChanged_AuditsNothing()
    {
        var admin = await AdministratorAsync();
        await service.SetMinimumTenderDaysAsync(admin.Organisation.Id, 30, null);
        var form = await FormAsync(admin);

        var result = await form.SubmitAsync(admin.Browser, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Empty(await service.AuditAsync(AuditActions.TenderPeriodsChanged, admin.Organisation.Id.ToString()));
    }

    [Theory]
    [InlineData("OpenDays", "abc", "Enter the shortest tender period for open procedures in days, like 25")]
    [InlineData("OpenDays", "0", "Shortest tender period for open procedures must be between 1 and 365 days")]
    [InlineData("OpenDays", "366", "Shortest tender period for open procedures must be between 1 and 365 days")]
    [InlineData("BelowThresholdDays", "2 weeks", "Enter the shortest tender period for below-threshold procurements in days, like 10")]
    [InlineData("BelowThresholdDays", "1000", "Shortest tender period for below-threshold procurements must be between 1 and 365 days")]
    public async Task Save_WhenAnswerWrong_ShowsItsMessageKeepsWhatWasTypedAndChangesNothing(string field, string typed, string message)
    {
        var admin = await AdministratorAsync();
        await service.SetMinimumTenderDaysAsync(admin.Organisation.Id, 20, 8);
        var form = await FormAsync(admin);
        var audits = await service.CountAsync<AuditEntry>();

        var result = await form.SubmitAsync(admin.Browser, new Dictionary<string, string> { [field] = typed });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal([message], result.ErrorSummary);
        Assert.Equal(message, result.FieldError(field));
        Assert.Equal(typed, result.Value(field));
        Assert.Equal((20, 8), await service.MinimumTenderDaysAsync(admin.Organisation.Id));
        Assert.Equal(audits, await service.CountAsync<AuditEntry>());
    }

    [Fact]
    public async Task OrganisationPage_ForAnAdministrator_LinksToTheTenderPeriods()
    {
        var admin = await AdministratorAsync();

        var page = await HtmlPage.GetAsync(admin.Browser, OrganisationLinks.Organisation(admin.Organisation.Id));

        var link = page.Document.QuerySelectorAll("main a").SingleOrDefault(a => a.TextContent == "Change the shortest time you allow for bids");
        Assert.Equal(OrganisationLinks.TenderPeriods(admin.Organisation.Id), link?.GetAttribute("href"));
    }

    [Fact]
    public async Task OrganisationPage_ForAnOfficer_ShowsTheFiguresWithoutTheLink()
    {
        var officer = await service.SignedInMemberAsync(OrganisationKind.Buyer, OrganisationRole.ProcurementOfficer);
        await service.SetMinimumTenderDaysAsync(officer.Organisation.Id, null, 15);

        var page = await HtmlPage.GetAsync(officer.Browser, OrganisationLinks.Organisation(officer.Organisation.Id));

        var periods = page.Document.GetElementById("tender-periods")!.TextContent;
        Assert.Contains("25 days (the service's default)", periods);
        Assert.Contains("15 days", periods);
        Assert.DoesNotContain("Change the shortest time you allow for bids", page.Text);
    }
}
