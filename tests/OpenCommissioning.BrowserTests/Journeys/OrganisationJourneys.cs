using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenCommissioning.BrowserTests.Harness;
using static Microsoft.Playwright.Assertions;

namespace OpenCommissioning.BrowserTests.Journeys;

/// <summary>What an organisation administrator and their colleagues do, step by step, in the browser.</summary>
public static class OrganisationJourneys
{
    public const string InvitationSubject = "You have been invited to join an organisation";

    /// <summary>
    /// Registers a council as a buyer (with its local authority code) from the account page's link; the service then
    /// asks for two factors.
    /// </summary>
    public static async Task RegisterCouncilAsync(this IPage page, string name, string localAuthorityCode)
    {
        await page.ClickLinkAsync("Register your organisation");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Register an organisation");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Buyer", Exact = true }).CheckAsync();
        await page.GetByLabel("Organisation name").FillAsync(name);
        await page.GetByLabel("Legal form").SelectOptionAsync(new SelectOptionValue { Label = "Public body" });
        await page.GetByLabel("Register", new() { Exact = true }).SelectOptionAsync("GB-LAE");
        await page.GetByLabel("Number", new() { Exact = true }).FillAsync(localAuthorityCode);
        await page.GetByLabel("Number of staff").FillAsync("4200");
        await page.GetByLabel("Address line 1").FillAsync("Civic Centre, St Peter's Square");
        await page.GetByLabel("Town or city").FillAsync("Wolverhampton");
        await page.GetByLabel("Postcode").FillAsync("WV1 1SH");
        await page.ClickButtonAsync("Register organisation");
    }

    /// <summary>From the account page, opens the organisation and checks what it shows.</summary>
    public static async Task OpenOrganisationAsync(this IPage page, string name)
    {
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).FollowAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
    }

    public static async Task OpenPeopleAsync(this IPage page, string organisationName)
    {
        await page.ClickLinkAsync($"See who belongs to {organisationName}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("People");
    }

    public static async Task InviteColleagueAsync(this IPage page, string email, string role)
    {
        // A GOV.UK button that is a link: role="button" on an <a>.
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Invite a colleague" }).FollowAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Invite a colleague");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByRole(AriaRole.Radio, new() { Name = role, Exact = true }).CheckAsync();
        await page.ClickButtonAsync("Send invitation");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Invitations not yet accepted" })).ToContainTextAsync(email);
    }

    /// <summary>Opens the invitation link from the email (signed in as the person invited) and accepts it.</summary>
    public static async Task AcceptInvitationAsync(this IPage page, BrowserService service, string email, string organisationName)
    {
        await page.VisitAsync(await service.Mailbox.LinkAsync(email, InvitationSubject));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Join {organisationName}");
        await page.ClickButtonAsync("Accept invitation");
    }

    public static async Task ExpectMemberAsync(this IPage page, string fullName, string role)
    {
        var row = page.GetByRole(AriaRole.Table, new() { Name = "Members" }).GetByRole(AriaRole.Row)
            .Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = fullName, Exact = true }) });
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = role, Exact = true })).ToBeVisibleAsync();
    }

    public static async Task ExpectOrganisationOnAccountPageAsync(this IPage page, string organisationName, string role)
    {
        await Expect(page).ToHaveURLAsync(new Regex("/account$"));
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem)
            .Filter(new() { HasText = organisationName })).ToHaveTextAsync($"{organisationName} ({role})");
    }
}
