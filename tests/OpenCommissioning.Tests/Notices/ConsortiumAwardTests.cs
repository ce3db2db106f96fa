using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Ocds.Validation;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>An award to providers who bid together: the lead and the other consortium members, through the real page.</summary>
public class ConsortiumAwardTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private static Dictionary<string, string> Answers(params (string Field, string Value)[] extra)
    {
        var answers = new Dictionary<string, string>
        {
            ["SupplierName"] = "Leeds Women's Aid", ["SupplierIdentifier"] = "GB-CHC-1123456", ["Value"] = "240000",
            ["AwardDate.Day"] = "1", ["AwardDate.Month"] = "3", ["AwardDate.Year"] = NoticeArrange.LastYear,
        };
        foreach (var (field, value) in extra) answers[field] = value;
        return answers;
    }

    private async Task<(SignedInMember Buyer, HtmlPage Form)> AwardFormAsync()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        return (buyer, await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Award(buyer.Organisation.Id, id)));
    }

    [Fact]
    public async Task Award_ToAConsortium_NamesEveryMemberAsASupplierOfAValidRelease()
    {
        var (buyer, form) = await AwardFormAsync();

        var drafted = await form.SubmitAsync(buyer.Browser, Answers(
            ("Members[0].Name", "Chapeltown Housing Co-operative"), ("Members[0].Identifier", "GB-COH-01234567"),
            ("Members[1].Name", "Harehills Advice Project")));
        var awardId = Guid.Parse(drafted.Location!.Split('/')[^2]);
        await buyer.PublishAsync(awardId);

        var award = await service.NoticeAsync(awardId);
        var release = (await service.ReleasesAsync()).Single(r => r.ReleaseId == award.ReleaseId).Json();
        Assert.DoesNotContain(new OcdsValidator().ValidateRelease(release, NoticeRelease.Extensions), f => f.Severity == Severity.Error);
        var suppliers = release["awards"]![0]!["suppliers"]!.AsArray().Select(s => (string)s!["name"]!).ToList();
        Assert.Equal(["Leeds Women's Aid", "Chapeltown Housing Co-operative", "Harehills Advice Project"], suppliers);
        Assert.Equal(3, release["parties"]!.AsArray().Count(p => p!["roles"]!.AsArray().Any(r => (string)r! == "supplier")));
        Assert.Contains(release["parties"]!.AsArray(), p => (string)p!["id"]! == "GB-COH-01234567");
        await service.RunJobsAsync();
        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/notices/" + (string)release["ocid"]!);
        Assert.Contains("Leeds Women's Aid; Chapeltown Housing Co-operative; Harehills Advice Project", page.Text);
        var buyersView = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Notice(buyer.Organisation.Id, awardId));
        Assert.Contains("Chapeltown Housing Co-operative (GB-COH-01234567); Harehills Advice Project", buyersView.Text);
    }

    [Fact]
    public async Task AddAnotherMember_KeepsWhatWasTypedOffersABlankRowAndDraftsNothing()
    {
        var (buyer, form) = await AwardFormAsync();
        var addMember = form.Document.QuerySelector("button[formaction]")!.GetAttribute("formaction")!;

        var again = await form.SubmitAsync(buyer.Browser, Answers(("Members[0].Name", "Chapeltown Housing Co-operative")), action: addMember);

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Empty(again.ErrorSummary);
        Assert.Equal("Leeds Women's Aid", again.Value("SupplierName"));
        Assert.Equal("Chapeltown Housing Co-operative", again.Value("Members_0__Name"));
        Assert.Equal("", again.Value("Members_1__Name"));
        Assert.Null(again.Value("Members_2__Name"));
    }

    [Theory]
    [InlineData("Members[0].Identifier", "GB-CHC-999", "Members[0].Name", "Harehills Advice Project", "Members_0__Identifier", null)]
    [InlineData("Members[0].Identifier", "GB-COH-01234567", "Members[0].Name", "", "Members_0__Name", "Enter the name of consortium member 1")]
    [InlineData("Members[0].Identifier", "GB-CHC-1123456", "Members[0].Name", "Another name", "Members_0__Name", "Another name is already named as a provider of this award")]
    [InlineData("Members[0].Identifier", "", "Members[0].Name", "leeds women's aid", "Members_0__Name", "leeds women's aid is already named as a provider of this award")]
    public async Task Award_WhenAMemberIsWrong_ShowsItsMessageAndDraftsNothing(string field1, string value1, string field2, string value2,
        string errorField, string? message)
    {
        var (buyer, form) = await AwardFormAsync();

        var result = await form.SubmitAsync(buyer.Browser, Answers((field1, value1), (field2, value2)));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var error = result.FieldError(errorField);
        Assert.False(string.IsNullOrEmpty(error), $"no error on {errorField}: {string.Join(" | ", result.ErrorSummary)}");
        if (message is not null) Assert.Equal(message, error);
        Assert.Equal(value2, result.Value("Members_0__Name"));
    }
}
