using System.Net;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Organisations;

/// <summary>
/// Tries to reach organisation B as a member of organisation A: by typing B's ids into addresses, by posting B's
/// membership ids through A's forms, and as a member without the administrator role.
/// </summary>
public sealed class OrganisationAccessTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    public static TheoryData<string> OrganisationPages => ["", "/members", "/members/invite", "/members/{m}/role", "/members/{m}/remove"];

    private async Task<(SignedInMember Intruder, SignedInMember Victim, Membership VictimColleague)> TwoOrganisationsAsync()
    {
        var intruder = await service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.OrganisationAdministrator);
        var victim = await service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.OrganisationAdministrator);
        var colleague = await service.AddMemberAsync(victim.Organisation, OrganisationRole.BidWriter);
        return (intruder, victim, colleague);
    }

    private static string PathIn(Guid organisationId, string page, Guid membershipId) =>
        OrganisationLinks.Organisation(organisationId) + page.Replace("{m}", membershipId.ToString());

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

    [Theory]
    [MemberData(nameof(OrganisationPages))]
    public async Task OtherOrganisationsPage_WhenAddressEditedByAMemberOfAnother_IsForbidden(string page)
    {
        var (intruder, victim, colleague) = await TwoOrganisationsAsync();

        var response = await intruder.Browser.GetAsync(PathIn(victim.Organisation.Id, page, colleague.Id));

        AssertForbidden(response);
    }

    [Theory]
    [MemberData(nameof(OrganisationPages))]
    public async Task OrganisationPage_WhenNotSignedIn_SendsToSignIn(string page)
    {
        var (_, victim, colleague) = await TwoOrganisationsAsync();

        var response = await service.CreateBrowser().GetAsync(PathIn(victim.Organisation.Id, page, colleague.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Invite_WhenPostedToAnotherOrganisation_IsForbiddenAndStoresNothing()
    {
        var (intruder, victim, _) = await TwoOrganisationsAsync();
        var before = await service.RowCountsAsync();

        var response = await PostAsync(intruder.Browser, OrganisationLinks.Invite(victim.Organisation.Id),
            new() { ["Email"] = "accomplice@example.com", ["Role"] = "OrganisationAdministrator" });

        AssertForbidden(response);
        Assert.Equal(before, await service.RowCountsAsync());
    }

    [Fact]
    public async Task ChangeRole_WhenPostedToAnotherOrganisation_IsForbiddenAndLeavesTheRole()
    {
        var (intruder, victim, colleague) = await TwoOrganisationsAsync();

        var response = await PostAsync(intruder.Browser, OrganisationLinks.ChangeRole(victim.Organisation.Id, colleague.Id),
            new() { ["Role"] = "OrganisationAdministrator" });

        AssertForbidden(response);
        Assert.Equal(OrganisationRole.BidWriter, (await service.MembershipAsync(colleague.Id))!.Role);
    }

    [Fact]
    public async Task ChangeRole_WhenAnotherOrganisationsMembershipIdIsPostedThroughOwnForm_FindsNothing()
    {
        var (intruder, _, colleague) = await TwoOrganisationsAsync();
        var before = await service.RowCountsAsync();

        var response = await PostAsync(intruder.Browser, OrganisationLinks.ChangeRole(intruder.Organisation.Id, colleague.Id),
            new() { ["Role"] = "OrganisationAdministrator" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(OrganisationRole.BidWriter, (await service.MembershipAsync(colleague.Id))!.Role);
        Assert.Equal(before, await service.RowCountsAsync());
    }

    [Fact]
    public async Task Remove_WhenAnotherOrganisationsMembershipIdIsPostedThroughOwnForm_FindsNothing()
    {
        var (intruder, victim, colleague) = await TwoOrganisationsAsync();

        var ownAddress = await PostAsync(intruder.Browser, OrganisationLinks.RemoveMember(intruder.Organisation.Id, colleague.Id), []);
        var theirAddress = await PostAsync(intruder.Browser, OrganisationLinks.RemoveMember(victim.Organisation.Id, colleague.Id), []);

        Assert.Equal(HttpStatusCode.NotFound, ownAddress.StatusCode);
        AssertForbidden(theirAddress);
        Assert.NotNull(await service.MembershipAsync(colleague.Id));
    }

    [Fact]
    public async Task Switch_WhenPostedWithAnotherOrganisationsId_IsForbiddenAndDoesNotChooseIt()
    {
        var (intruder, victim, _) = await TwoOrganisationsAsync();

        var response = await PostAsync(intruder.Browser, OrganisationLinks.List + "?handler=Switch",
            new() { ["organisationId"] = victim.Organisation.Id.ToString() });

        AssertForbidden(response);
        var list = await HtmlPage.GetAsync(intruder.Browser, OrganisationLinks.List);
        Assert.DoesNotContain(victim.Organisation.Name, list.Text);
    }

    [Theory]
    [InlineData("/members/invite")]
    [InlineData("/members/{m}/role")]
    [InlineData("/members/{m}/remove")]
    public async Task AdministratorPages_WhenBidWriterOpensThem_AreForbidden(string page)
    {
        var writer = await service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.BidWriter);
        var administrator = await service.AddMemberAsync(writer.Organisation, OrganisationRole.OrganisationAdministrator);

        var response = await writer.Browser.GetAsync(PathIn(writer.Organisation.Id, page, administrator.Id));

        AssertForbidden(response);
    }

    [Fact]
    public async Task ChangeRole_WhenBidWriterPostsIt_IsForbiddenAndLeavesTheRole()
    {
        var writer = await service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.BidWriter);
        var administrator = await service.AddMemberAsync(writer.Organisation, OrganisationRole.OrganisationAdministrator);
        var self = (await service.RowsAsync<Membership>()).Single(m => m.AccountId == writer.Account.Id);

        var promote = await PostAsync(writer.Browser, OrganisationLinks.ChangeRole(writer.Organisation.Id, self.Id),
            new() { ["Role"] = "OrganisationAdministrator" });
        var demote = await PostAsync(writer.Browser, OrganisationLinks.ChangeRole(writer.Organisation.Id, administrator.Id),
            new() { ["Role"] = "BidWriter" });

        AssertForbidden(promote);
        AssertForbidden(demote);
        Assert.Equal(OrganisationRole.BidWriter, (await service.MembershipAsync(self.Id))!.Role);
        Assert.Equal(OrganisationRole.OrganisationAdministrator, (await service.MembershipAsync(administrator.Id))!.Role);
    }

    [Fact]
    public async Task Members_WhenBidWriterLooks_ListsPeopleWithoutActions()
    {
        var writer = await service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.BidWriter);
        await service.AddMemberAsync(writer.Organisation, OrganisationRole.OrganisationAdministrator, "Ada Administrator");

        var page = await HtmlPage.GetAsync(writer.Browser, OrganisationLinks.Members(writer.Organisation.Id));

        Assert.Equal(2, page.Document.QuerySelectorAll("#members tbody tr").Length);
        Assert.Contains("Ada Administrator", page.Text);
        Assert.DoesNotContain("Change role", page.Text);
        Assert.DoesNotContain("Invite a colleague", page.Text);
    }
}
