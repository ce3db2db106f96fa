using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Notices;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>A sub-contract opportunity must name a contract this service knows, and one that has been awarded.</summary>
public sealed class ParentContractTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    [Fact]
    public async Task Draft_WhenParentOcidUnknown_ShowsItsMessageAndStoresNothing()
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, ParentArrange.SubContractOf("ocds-test00-nowhere"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var message = "No notice on this service has the ocid ocds-test00-nowhere. Check it against the contract's notice";
        Assert.Equal(message, result.FieldError("Input_ParentOcid"));
        Assert.Contains(message, result.ErrorSummary);
        Assert.Equal("ocds-test00-nowhere", result.Value("Input_ParentOcid"));
        Assert.Equal(0, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }

    [Theory]
    [InlineData(false, "active")]
    [InlineData(true, "cancelled")]
    [InlineData(true, "unsuccessful")]
    public async Task Draft_WhenParentHasNoLiveAward_ShowsItsMessageAndStoresNothing(bool awarded, string awardStatus)
    {
        var parent = await service.StoreContractAsync(awarded: awarded, awardStatus: awardStatus);
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, ParentArrange.SubContractOf(parent));

        var message = $"{parent} has no award or contract yet: a sub-contract must belong to a contract that has been awarded";
        Assert.Equal(message, result.FieldError("Input_ParentOcid"));
        Assert.Contains(message, result.ErrorSummary);
        Assert.Equal(0, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }

    [Fact]
    public async Task Draft_WhenOtherFieldsAlsoWrong_ShowsTheParentMessageWithTheirs()
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var result = await page.SubmitAsync(buyer.Browser, ParentArrange.SubContractOf("ocds-test00-nowhere").With("Input.Title", ""));

        Assert.Equal("Enter a title for the notice", result.FieldError("Input_Title"));
        Assert.StartsWith("No notice on this service has the ocid", result.FieldError("Input_ParentOcid"));
    }

    [Fact]
    public async Task Draft_WhenParentAwardedElsewhere_StoresTheTrimmedParent()
    {
        var parent = await service.StoreContractAsync();
        var buyer = await service.BuyerAsync();

        var id = await buyer.DraftAsync(ParentArrange.SubContractOf("  " + parent + " "));

        var edit = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.EditDraft(buyer.Organisation.Id, id));
        Assert.Equal(parent, edit.Value("Input_ParentOcid"));
    }

    [Fact]
    public async Task ChangeDraft_WhenParentChangedToUnknown_RefusesAndKeepsTheStoredParent()
    {
        var parent = await service.StoreContractAsync();
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync(ParentArrange.SubContractOf(parent));
        var edit = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.EditDraft(buyer.Organisation.Id, id));

        var result = await edit.SubmitAsync(buyer.Browser, new Dictionary<string, string> { ["Input.ParentOcid"] = "ocds-test00-typo" });

        Assert.StartsWith("No notice on this service has the ocid ocds-test00-typo", result.FieldError("Input_ParentOcid"));
        var again = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.EditDraft(buyer.Organisation.Id, id));
        Assert.Equal(parent, again.Value("Input_ParentOcid"));
    }

    [Fact]
    public async Task ChangeDraft_WhenParentCorrected_StoresTheNewParent()
    {
        var first = await service.StoreContractAsync();
        var second = await service.StoreContractAsync("Day services across Leeds");
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync(ParentArrange.SubContractOf(first));
        var edit = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.EditDraft(buyer.Organisation.Id, id));

        var result = await edit.SubmitAsync(buyer.Browser, new Dictionary<string, string> { ["Input.ParentOcid"] = second });

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        var again = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.EditDraft(buyer.Organisation.Id, id));
        Assert.Equal(second, again.Value("Input_ParentOcid"));
    }

    [Fact]
    public async Task Publish_WhenDraftsParentIsNoLongerKnown_RefusesAndPublishesNothing()
    {
        var parent = await service.StoreContractAsync();
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync(ParentArrange.SubContractOf(parent));
        // As a draft saved before parents were checked would hold it.
        await service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var notice = await db.Set<Notice>().SingleAsync(n => n.Id == id);
            (await db.Set<Procurement>().SingleAsync(p => p.Id == notice.ProcurementId)).ParentOcid = "ocds-test00-gone";
            await db.SaveChangesAsync();
        });

        var result = await buyer.PublishAsync(id);

        Assert.Contains("No notice on this service has the ocid ocds-test00-gone. Check it against the contract's notice", result.ErrorSummary);
        Assert.Null((await service.NoticeAsync(id)).ReleaseId);
    }

    [Fact]
    public void IsAwarded_WhenOnlyAContractWasSigned_IsTrue()
    {
        var compiled = new JsonObject { ["contracts"] = new JsonArray(new JsonObject { ["id"] = "1", ["awardID"] = "1", ["status"] = "active" }) };

        Assert.True(ParentContractCheck.IsAwarded(compiled));
    }

    [Fact]
    public void IsAwarded_WhenTheOnlyContractWasCancelled_IsFalse()
    {
        var compiled = new JsonObject { ["contracts"] = new JsonArray(new JsonObject { ["id"] = "1", ["status"] = "cancelled" }) };

        Assert.False(ParentContractCheck.IsAwarded(compiled));
    }
}
