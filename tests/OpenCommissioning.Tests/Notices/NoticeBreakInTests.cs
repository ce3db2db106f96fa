using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Tries to reach, draft, publish and amend another organisation's notices, and to publish without the role.</summary>
public sealed class NoticeBreakInTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task OtherBuyer_CannotSeeChangePublishAmendOrCancelByAddress()
    {
        var a = await service.BuyerAsync();
        var b = await service.BuyerAsync();
        var draft = await a.DraftAsync();
        var published = await a.DraftAsync();
        await a.PublishAsync(published);

        foreach (var url in new[]
        {
            NoticeLinks.List(a.Organisation.Id), NoticeLinks.NewTender(a.Organisation.Id), NoticeLinks.Notice(a.Organisation.Id, draft),
            NoticeLinks.EditDraft(a.Organisation.Id, draft), NoticeLinks.Publish(a.Organisation.Id, draft),
            NoticeLinks.Amend(a.Organisation.Id, published), NoticeLinks.Cancel(a.Organisation.Id, published),
            NoticeLinks.Award(a.Organisation.Id, published),
        })
        {
            var response = await b.Browser.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                || response.Headers.Location?.OriginalString.Contains("/error/403", StringComparison.Ordinal) == true,
                $"{url} answered {response.StatusCode}");
            Assert.DoesNotContain("Domestic abuse support services in Leeds", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task OtherBuyer_PostingAnotherOrganisationsNoticeIdUnderTheirOwnAddress_FindsNothingAndPublishesNothing()
    {
        var a = await service.BuyerAsync();
        var b = await service.BuyerAsync();
        var draft = await a.DraftAsync();
        var published = await a.DraftAsync();
        await a.PublishAsync(published);
        var ownForm = await HtmlPage.GetAsync(b.Browser, NoticeLinks.NewTender(b.Organisation.Id));
        var token = ownForm.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var url in new[]
        {
            NoticeLinks.Publish(b.Organisation.Id, draft), NoticeLinks.EditDraft(b.Organisation.Id, draft),
            NoticeLinks.Amend(b.Organisation.Id, published), NoticeLinks.Cancel(b.Organisation.Id, published),
            NoticeLinks.Award(b.Organisation.Id, published), NoticeLinks.Award(b.Organisation.Id, published) + "?handler=AddMember",
        })
        {
            var response = await b.Browser.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Rationale"] = "Taking over", ["Reason"] = "Taking over",
                ["SupplierName"] = "Taker Ltd", ["Value"] = "1", ["AwardDate.Day"] = "1", ["AwardDate.Month"] = "3",
                ["AwardDate.Year"] = NoticeArrange.LastYear, ["Members[0].Name"] = "Another taker",
            }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        Assert.Equal(NoticeStatus.Draft, (await service.NoticeAsync(draft)).Status);
        Assert.Equal(2, await service.ProcurementCountAsync(a.Organisation.Id));
        Assert.DoesNotContain(await service.RowsAsync<Notice>(), n => n.Type == NoticeType.Award);
        Assert.Equal(0, await service.ProcurementCountAsync(b.Organisation.Id));
    }

    [Fact]
    public async Task Provider_CannotReachNoticeDrafting()
    {
        var provider = await service.SignedInMemberAsync(OrganisationKind.Provider, OrganisationRole.OrganisationAdministrator);

        var response = await provider.Browser.GetAsync(NoticeLinks.NewTender(provider.Organisation.Id));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Create a tender notice", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Evaluator_CannotPublishAColleaguesDraft()
    {
        var officer = await service.BuyerAsync();
        var draft = await officer.DraftAsync();
        var evaluator = await service.AddMemberAsync(officer.Organisation, OrganisationRole.Evaluator);
        var browser = service.CreateBrowser();
        var email = (await service.RowsAsync<OpenCommissioning.Accounts.Account>()).Single(a => a.Id == evaluator.AccountId).Email!;
        await browser.SignInAsync(email);
        var officerForm = await HtmlPage.GetAsync(browser, OrganisationLinks.Organisation(officer.Organisation.Id));
        var token = officerForm.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";

        var get = await browser.GetAsync(NoticeLinks.Publish(officer.Organisation.Id, draft));
        var post = await browser.PostAsync(NoticeLinks.Publish(officer.Organisation.Id, draft),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.NotEqual(HttpStatusCode.OK, get.StatusCode);
        Assert.NotEqual(NoticeLinks.Notice(officer.Organisation.Id, draft), post.Headers.Location?.OriginalString);
        Assert.Equal(NoticeStatus.Draft, (await service.NoticeAsync(draft)).Status);
    }

    [Theory]
    [InlineData(OrganisationRole.Commissioner)]
    [InlineData(OrganisationRole.OrganisationAdministrator)]
    public async Task OtherBuyerRoles_MayDraft(OrganisationRole role)
    {
        var buyer = await service.BuyerAsync(role);

        var id = await buyer.DraftAsync();

        Assert.Equal(NoticeStatus.Draft, (await service.NoticeAsync(id)).Status);
    }
}
