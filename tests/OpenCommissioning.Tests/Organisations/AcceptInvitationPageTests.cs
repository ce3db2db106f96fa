using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Organisations;

/// <summary>Opening an invitation link: who may accept, and the clear pages for everyone else.</summary>
public abstract class AcceptInvitationPageTests(ServiceFactory service)
{
    protected ServiceFactory Service => service;

    /// <summary>An invitation stored as the invite page stores it, returning the token the email would carry.</summary>
    protected async Task<string> InvitationAsync(Organisation organisation, string email, OrganisationRole role,
        TimeSpan? expiresIn = null, Guid? acceptedBy = null)
    {
        var token = InvitationToken.New();
        await service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var now = DateTimeOffset.UtcNow;
            db.Add(new Invitation
            {
                OrganisationId = organisation.Id, Email = email, Role = role, TokenHash = InvitationToken.Hash(token),
                CreatedAt = now, ExpiresAt = now + (expiresIn ?? Invitation.Lifetime),
                AcceptedAt = acceptedBy is null ? null : now, AcceptedBy = acceptedBy,
            });
            await db.SaveChangesAsync();
        });
        return token;
    }

    [Fact]
    public async Task Accept_WhenInvitedAndSignedInWithThatEmail_JoinsWithTheRoleAndAudits()
    {
        var admin = await service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.OrganisationAdministrator);
        var invitee = await service.CreateAccountAsync(OrganisationArrange.NewEmail("invitee"), "Ivy Invitee");
        var invite = await HtmlPage.GetAsync(admin.Browser, OrganisationLinks.Invite(admin.Organisation.Id));
        await invite.SubmitAsync(admin.Browser, new Dictionary<string, string> { ["Email"] = invitee.Email!, ["Role"] = "BidWriter" });
        var link = await service.Mailbox.LinkAsync(invitee.Email!, InvitationEmails.Subject);
        var browser = service.CreateBrowser();
        await browser.SignInAsync(invitee.Email!);

        var page = await HtmlPage.GetAsync(browser, link);
        var result = await page.SubmitAsync(browser, new Dictionary<string, string>());

        Assert.Equal($"Join {admin.Organisation.Name}", page.Heading);
        Assert.Equal(OrganisationLinks.Organisation(admin.Organisation.Id), result.Location);
        var membership = Assert.Single(await service.RowsAsync<Membership>(), m => m.AccountId == invitee.Id);
        Assert.Equal(OrganisationRole.BidWriter, membership.Role);
        Assert.Equal(admin.Organisation.Id, membership.OrganisationId);
        var audit = Assert.Single(await service.AuditAsync(AuditActions.InvitationAccepted, invitee.Email!));
        Assert.Equal(invitee.Id, audit.ActorId);
        var again = await HtmlPage.GetAsync(browser, link);
        Assert.Equal("This invitation has already been used", again.Heading);
    }

    [Fact]
    public async Task Accept_WhenSignedInAsSomeoneElse_ShowsWhoItIsForAndCannotBePosted()
    {
        var admin = await service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.OrganisationAdministrator);
        var invited = OrganisationArrange.NewEmail("invited");
        var token = await InvitationAsync(admin.Organisation, invited, OrganisationRole.OrganisationAdministrator);
        var other = await service.CreateAccountAsync(OrganisationArrange.NewEmail("other"));
        var browser = service.CreateBrowser();
        await browser.SignInAsync(other.Email!);
        var before = await service.RowCountsAsync();

        var page = await HtmlPage.GetAsync(browser, OrganisationLinks.Invitation(token));
        var registerPage = await HtmlPage.GetAsync(browser, OrganisationLinks.Register);
        var antiforgery = registerPage.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forced = await browser.PostAsync(OrganisationLinks.Invitation(token),
            new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery)]));

        Assert.Equal("This invitation is for a different email address", page.Heading);
        Assert.Contains($"sent to {invited}, but you are signed in as {other.Email}", page.Text);
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Equal(before, await service.RowCountsAsync());
    }
}

public sealed class AcceptInvitationOnPostgresTests(ServiceFactory service)
    : AcceptInvitationPageTests(service), IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task Invitation_WhenNotSignedIn_ExplainsAndOffersSignInThatComesBack()
    {
        var admin = await Service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.OrganisationAdministrator);
        var token = await InvitationAsync(admin.Organisation, "newcomer@example.com", OrganisationRole.BidWriter);

        var page = await HtmlPage.GetAsync(Service.CreateBrowser(), OrganisationLinks.Invitation(token));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"You have been invited to join {admin.Organisation.Name} as a bid writer", page.Text);
        var signIn = page.Document.QuerySelector("main a.govuk-button")!.GetAttribute("href");
        Assert.Equal("/sign-in?returnUrl=" + Uri.EscapeDataString(OrganisationLinks.Invitation(token)), signIn);
        Assert.Equal("/register", page.Document.QuerySelector("main a[href='/register']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Invitation_WhenPostedWithoutSigningIn_SendsToSignIn()
    {
        var admin = await Service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.OrganisationAdministrator);
        var token = await InvitationAsync(admin.Organisation, "newcomer@example.com", OrganisationRole.BidWriter);
        var browser = Service.CreateBrowser();
        var page = await HtmlPage.GetAsync(browser, "/sign-in");
        var antiforgery = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await browser.PostAsync(OrganisationLinks.Invitation(token),
            new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Invitation_WhenExpired_SaysSo()
    {
        var admin = await Service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.OrganisationAdministrator);
        var token = await InvitationAsync(admin.Organisation, admin.Account.Email!, OrganisationRole.BidWriter, TimeSpan.FromMinutes(-1));

        var page = await HtmlPage.GetAsync(admin.Browser, OrganisationLinks.Invitation(token));

        Assert.Equal("This invitation has expired", page.Heading);
        Assert.Contains($"Ask an organisation administrator of {admin.Organisation.Name} to invite you again", page.Text);
    }

    [Theory]
    [InlineData("made-up-token")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Invitation_WhenTokenUnknown_SaysTheLinkDoesNotWork(string token)
    {
        var page = await HtmlPage.GetAsync(Service.CreateBrowser(), OrganisationLinks.Invitation(token));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("This invitation link does not work", page.Heading);
    }

    [Fact]
    public async Task Invitation_WhenAlreadyAMember_SaysSoAndAddsNothing()
    {
        var admin = await Service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.OrganisationAdministrator);
        var token = await InvitationAsync(admin.Organisation, admin.Account.Email!, OrganisationRole.BidWriter);

        var page = await HtmlPage.GetAsync(admin.Browser, OrganisationLinks.Invitation(token));

        Assert.Equal($"You are already a member of {admin.Organisation.Name}", page.Heading);
        Assert.Empty(page.Document.QuerySelectorAll("main form"));
    }
}

public sealed class AcceptInvitationOnSqliteTests(SqliteServiceFactory service)
    : AcceptInvitationPageTests(service), IClassFixture<SqliteServiceFactory>;
