using System.Net;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Organisations;

/// <summary>
/// Tries to change a buyer's shortest tender periods without being its administrator: as one of its officers, as
/// the administrator of another buyer, signed out, and on a provider, which publishes no tender notices.
/// </summary>
public sealed class TenderPeriodsBreakInTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    private static readonly Dictionary<string, string> Lower = new() { ["OpenDays"] = "1", ["BelowThresholdDays"] = "1" };

    private static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/error/403", response.Headers.Location!.ToString());
    }

    /// <summary>Posts as a browser would, with a valid anti-forgery token taken from a page the person can see.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string url, Dictionary<string, string> fields)
    {
        var page = await HtmlPage.GetAsync(browser, OrganisationLinks.Register);
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await browser.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    private async Task<SignedInMember> VictimAsync()
    {
        var victim = await service.SignedInMemberAsync(OrganisationKind.Buyer, OrganisationRole.OrganisationAdministrator);
        await service.SetMinimumTenderDaysAsync(victim.Organisation.Id, 30, 12);
        return victim;
    }

    private async Task AssertUnchangedAsync(SignedInMember victim, int audits)
    {
        Assert.Equal((30, 12), await service.MinimumTenderDaysAsync(victim.Organisation.Id));
        Assert.Equal(audits, await service.CountAsync<AuditEntry>());
    }

    [Theory]
    [InlineData(OrganisationRole.ProcurementOfficer)]
    [InlineData(OrganisationRole.Commissioner)]
    public async Task TenderPeriods_WhenAMemberWhoIsNotAnAdministratorTries_IsForbiddenAndChangesNothing(OrganisationRole role)
    {
        var member = await service.SignedInMemberAsync(OrganisationKind.Buyer, role);
        await service.SetMinimumTenderDaysAsync(member.Organisation.Id, 30, 12);
        var audits = await service.CountAsync<AuditEntry>();

        var get = await member.Browser.GetAsync(OrganisationLinks.TenderPeriods(member.Organisation.Id));
        var post = await PostAsync(member.Browser, OrganisationLinks.TenderPeriods(member.Organisation.Id), Lower);

        AssertForbidden(get);
        AssertForbidden(post);
        await AssertUnchangedAsync(member, audits);
    }

    [Fact]
    public async Task TenderPeriods_WhenAnotherBuyersAdministratorTries_IsForbiddenAndChangesNothing()
    {
        var victim = await VictimAsync();
        var intruder = await service.SignedInMemberAsync(OrganisationKind.Buyer, OrganisationRole.OrganisationAdministrator);
        var audits = await service.CountAsync<AuditEntry>();

        var get = await intruder.Browser.GetAsync(OrganisationLinks.TenderPeriods(victim.Organisation.Id));
        var post = await PostAsync(intruder.Browser, OrganisationLinks.TenderPeriods(victim.Organisation.Id), Lower);

        AssertForbidden(get);
        AssertForbidden(post);
        await AssertUnchangedAsync(victim, audits);
        Assert.Equal(((int?)null, (int?)null), await service.MinimumTenderDaysAsync(intruder.Organisation.Id));
    }

    [Fact]
    public async Task TenderPeriods_WhenNotSignedIn_SendsToSignInAndChangesNothing()
    {
        var victim = await VictimAsync();
        var audits = await service.CountAsync<AuditEntry>();

        var response = await service.CreateBrowser().GetAsync(OrganisationLinks.TenderPeriods(victim.Organisation.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in", response.Headers.Location!.ToString());
        await AssertUnchangedAsync(victim, audits);
    }

    [Fact]
    public async Task TenderPeriods_ForAProvidersOwnAdministrator_IsNotFound()
    {
        var provider = await service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.OrganisationAdministrator);

        var get = await provider.Browser.GetAsync(OrganisationLinks.TenderPeriods(provider.Organisation.Id));
        var post = await PostAsync(provider.Browser, OrganisationLinks.TenderPeriods(provider.Organisation.Id), Lower);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
