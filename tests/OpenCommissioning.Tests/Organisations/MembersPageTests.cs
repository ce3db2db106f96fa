using System.Net;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Organisations;

/// <summary>
/// An organisation administrator inviting, changing roles and removing members through the real forms; run on
/// PostgreSQL and SQLite, as the last-administrator rule leans on each database's transactions.
/// </summary>
public abstract class MembersPageTests(ServiceFactory service)
{
    private Task<SignedInMember> AdministratorAsync(OrganisationKind kind = OrganisationKind.Provider) =>
        service.SignedInMemberAsync(kind, OrganisationRole.OrganisationAdministrator);

    [Fact]
    public async Task Invite_WhenValid_StoresHashedTokenEmailsTheLinkAndAuditsWhoWhenAndWhere()
    {
        var admin = await AdministratorAsync(OrganisationKind.Buyer);
        var form = await HtmlPage.GetAsync(admin.Browser, OrganisationLinks.Invite(admin.Organisation.Id));
        var email = OrganisationArrange.NewEmail("invitee");

        var result = await form.SubmitAsync(admin.Browser, new Dictionary<string, string> { ["Email"] = email, ["Role"] = "Evaluator" });

        Assert.Equal(OrganisationLinks.Members(admin.Organisation.Id), result.Location);
        var invitation = Assert.Single(await service.RowsAsync<Invitation>(), i => i.Email == email);
        Assert.Equal(OrganisationRole.Evaluator, invitation.Role);
        Assert.Equal(admin.Account.Id, invitation.InvitedBy);
        var link = await service.Mailbox.LinkAsync(email, InvitationEmails.Subject);
        var token = Uri.UnescapeDataString(link.Split('/').Last());
        Assert.Equal(InvitationToken.Hash(token), invitation.TokenHash);
        Assert.DoesNotContain(token, invitation.TokenHash);
        var audit = Assert.Single(await service.AuditAsync(AuditActions.MemberInvited, email));
        Assert.Equal(admin.Account.Id, audit.ActorId);
        Assert.Contains("as Evaluator", audit.Detail);
        Assert.False(string.IsNullOrEmpty(audit.IpAddress));
        Assert.True(DateTimeOffset.UtcNow - audit.At < TimeSpan.FromMinutes(1));
        var members = await HtmlPage.GetAsync(admin.Browser, result.Location!);
        Assert.Contains($"Invitation sent to {email}", members.Text);
        Assert.Contains(email, members.Document.GetElementById("invitations")!.TextContent);
    }

    [Theory]
    [InlineData("", "Evaluator", "Email", "Enter the email address of the person you want to invite")]
    [InlineData("not-an-email", "Evaluator", "Email", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("someone@example.com", "", "Role", "Select the role they will have")]
    [InlineData("someone@example.com", "BidWriter", "Role", "Select the role they will have")]
    [InlineData("someone@example.com", "0", "Role", "Select the role they will have")]
    public async Task Invite_WhenAnswerWrong_ShowsItsMessageAndStoresNothing(string email, string role, string field, string message)
    {
        var admin = await AdministratorAsync(OrganisationKind.Buyer);
        var form = await HtmlPage.GetAsync(admin.Browser, OrganisationLinks.Invite(admin.Organisation.Id));
        var before = await service.RowCountsAsync();

        var result = await form.SubmitAsync(admin.Browser, new Dictionary<string, string> { ["Email"] = email, ["Role"] = role });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(message, result.FieldError(field));
        Assert.Contains(message, result.ErrorSummary);
        Assert.Equal(email, result.Value("Email"));
        Assert.Equal(before, await service.RowCountsAsync());
    }

    [Fact]
    public async Task Invite_WhenPersonIsAlreadyAMember_SaysSoAndStoresNothing()
    {
        var admin = await AdministratorAsync();
        var form = await HtmlPage.GetAsync(admin.Browser, OrganisationLinks.Invite(admin.Organisation.Id));
        var before = await service.RowCountsAsync();

        var result = await form.SubmitAsync(admin.Browser, new Dictionary<string, string>
            { ["Email"] = admin.Account.Email!.ToUpperInvariant(), ["Role"] = "BidWriter" });

        Assert.Equal($"{admin.Account.Email!.ToUpperInvariant()} is already a member of {admin.Organisation.Name}. Change their role instead",
            result.FieldError("Email"));
        Assert.Equal(before, await service.RowCountsAsync());
    }

    [Fact]
    public async Task ChangeRole_WhenValid_ChangesItAndAuditsOldAndNew()
    {
        var admin = await AdministratorAsync();
        var colleague = await service.AddMemberAsync(admin.Organisation, OrganisationRole.BidWriter);
        var form = await HtmlPage.GetAsync(admin.Browser, OrganisationLinks.ChangeRole(admin.Organisation.Id, colleague.Id));

        var result = await form.SubmitAsync(admin.Browser, new Dictionary<string, string> { ["Role"] = "OrganisationAdministrator" });

        Assert.Equal(OrganisationLinks.Members(admin.Organisation.Id), result.Location);
        Assert.Equal(OrganisationRole.OrganisationAdministrator, (await service.MembershipAsync(colleague.Id))!.Role);
        var audit = Assert.Single(await service.RowsAsync<AuditEntry>(), e => e.Action == AuditActions.RoleChanged
            && e.Detail!.Contains(admin.Organisation.Id.ToString()));
        Assert.EndsWith("Bid writer to Organisation administrator", audit.Detail);
        Assert.Equal(admin.Account.Id, audit.ActorId);
        Assert.False(string.IsNullOrEmpty(audit.IpAddress));
    }

    [Fact]
    public async Task ChangeRole_WhenItWouldLeaveNoAdministrator_RefusesWithMessageAndChangesNothing()
    {
        var admin = await AdministratorAsync();
        var self = (await service.RowsAsync<Membership>()).Single(m => m.AccountId == admin.Account.Id);
        var form = await HtmlPage.GetAsync(admin.Browser, OrganisationLinks.ChangeRole(admin.Organisation.Id, self.Id));
        var before = await service.RowCountsAsync();

        var result = await form.SubmitAsync(admin.Browser, new Dictionary<string, string> { ["Role"] = "BidWriter" });

        Assert.Equal($"{admin.Account.FullName} is the only organisation administrator. Make someone else an organisation administrator first",
            result.FieldError("Role"));
        Assert.Equal(OrganisationRole.OrganisationAdministrator, (await service.MembershipAsync(self.Id))!.Role);
        Assert.Equal(before, await service.RowCountsAsync());
    }

    [Fact]
    public async Task ChangeRole_WhenRoleIsForTheOtherKindOfOrganisation_Refuses()
    {
        var admin = await AdministratorAsync();
        var colleague = await service.AddMemberAsync(admin.Organisation, OrganisationRole.BidWriter, "Ben Writer");
        var form = await HtmlPage.GetAsync(admin.Browser, OrganisationLinks.ChangeRole(admin.Organisation.Id, colleague.Id));

        var result = await form.SubmitAsync(admin.Browser, new Dictionary<string, string> { ["Role"] = "Commissioner" });

        Assert.Equal("Select the role Ben Writer will have", result.FieldError("Role"));
        Assert.Equal(OrganisationRole.BidWriter, (await service.MembershipAsync(colleague.Id))!.Role);
    }

    [Fact]
    public async Task Remove_WhenConfirmed_RemovesTheMemberAndAudits()
    {
        var admin = await AdministratorAsync();
        var colleague = await service.AddMemberAsync(admin.Organisation, OrganisationRole.BidWriter, "Rory Removed");
        var form = await HtmlPage.GetAsync(admin.Browser, OrganisationLinks.RemoveMember(admin.Organisation.Id, colleague.Id));

        var result = await form.SubmitAsync(admin.Browser, new Dictionary<string, string>());

        Assert.Equal("Are you sure you want to remove Rory Removed?", form.Heading);
        Assert.Equal(OrganisationLinks.Members(admin.Organisation.Id), result.Location);
        Assert.Null(await service.MembershipAsync(colleague.Id));
        var audit = Assert.Single(await service.RowsAsync<AuditEntry>(), e => e.Action == AuditActions.MemberRemoved
            && e.Detail!.Contains(admin.Organisation.Id.ToString()));
        Assert.Equal(admin.Account.Id, audit.ActorId);
    }

    [Fact]
    public async Task Remove_WhenAdministratorRemovesThemselves_SendsThemToTheirOrganisations()
    {
        var admin = await AdministratorAsync();
        await service.AddMemberAsync(admin.Organisation, OrganisationRole.OrganisationAdministrator);
        var self = (await service.RowsAsync<Membership>()).Single(m => m.AccountId == admin.Account.Id);
        var form = await HtmlPage.GetAsync(admin.Browser, OrganisationLinks.RemoveMember(admin.Organisation.Id, self.Id));

        var result = await form.SubmitAsync(admin.Browser, new Dictionary<string, string>());

        Assert.Equal(OrganisationLinks.List, result.Location);
        Assert.Null(await service.MembershipAsync(self.Id));
        var list = await HtmlPage.GetAsync(admin.Browser, OrganisationLinks.List);
        Assert.Contains($"has been removed from {admin.Organisation.Name}", list.Text);
        Assert.Contains("You do not belong to an organisation yet", list.Text);
    }

    [Fact]
    public async Task Remove_WhenLastAdministrator_RefusesAndKeepsThem()
    {
        var admin = await AdministratorAsync();
        var self = (await service.RowsAsync<Membership>()).Single(m => m.AccountId == admin.Account.Id);
        var form = await HtmlPage.GetAsync(admin.Browser, OrganisationLinks.RemoveMember(admin.Organisation.Id, self.Id));

        var result = await form.SubmitAsync(admin.Browser, new Dictionary<string, string>());

        Assert.Contains("is the only organisation administrator, so they cannot be removed", Assert.Single(result.ErrorSummary));
        Assert.NotNull(await service.MembershipAsync(self.Id));
    }
}

public sealed class MembersOnPostgresTests(ServiceFactory service) : MembersPageTests(service), IClassFixture<ServiceFactory>;

public sealed class MembersOnSqliteTests(SqliteServiceFactory service) : MembersPageTests(service), IClassFixture<SqliteServiceFactory>;
