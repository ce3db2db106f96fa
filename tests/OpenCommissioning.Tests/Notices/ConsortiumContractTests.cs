using System.Globalization;
using OpenCommissioning.Notices;
using OpenCommissioning.Ocds.Validation;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>The contract notice of an award to a consortium: every provider of the award is a supplier of the contract.</summary>
public sealed class ConsortiumContractTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private static readonly string LastYear = (DateTime.UtcNow.Year - 1).ToString(CultureInfo.InvariantCulture);
    private static readonly string NextYear = (DateTime.UtcNow.Year + 1).ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> ValidContract() => new()
    {
        ["Value"] = "235000",
        ["StartDate.Day"] = "1", ["StartDate.Month"] = "4", ["StartDate.Year"] = NextYear,
        ["EndDate.Day"] = "31", ["EndDate.Month"] = "3", ["EndDate.Year"] = (DateTime.UtcNow.Year + 4).ToString(CultureInfo.InvariantCulture),
        ["DateSigned.Day"] = "15", ["DateSigned.Month"] = "3", ["DateSigned.Year"] = LastYear,
    };

    [Fact]
    public async Task ContractForm_OfAConsortiumAward_ListsEverySupplierBeforePublishing()
    {
        var buyer = await service.BuyerAsync();
        var awardId = await ConsortiumAwardAsync(buyer);

        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Contract(buyer.Organisation.Id, awardId));

        var rows = form.Document.QuerySelectorAll("#suppliers .govuk-summary-list__row")
            .Select(r => (r.QuerySelector("dt")!.TextContent.Trim(), r.QuerySelector("dd")!.TextContent.Trim())).ToList();
        Assert.Equal(
            [("Lead provider", "Leeds Women's Aid (GB-CHC-1123456)"), ("Consortium member 1", "Chapeltown Housing Co-operative (GB-COH-01234567)"),
             ("Consortium member 2", "Harehills Advice Project")], rows);
    }

    [Fact]
    public async Task Contract_OfAConsortiumAward_NamesEveryMemberAsASupplierPartyOfAValidRelease()
    {
        var buyer = await service.BuyerAsync();
        var awardId = await ConsortiumAwardAsync(buyer);
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Contract(buyer.Organisation.Id, awardId));
        var drafted = await form.SubmitAsync(buyer.Browser, ValidContract());
        var contractId = Guid.Parse(drafted.Location!.Split('/')[^2]);

        var preview = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Notice(buyer.Organisation.Id, contractId));
        await buyer.PublishAsync(contractId);

        var releases = await service.ReleasesAsync();
        var (awardNotice, contractNotice) = (await service.NoticeAsync(awardId), await service.NoticeAsync(contractId));
        var award = releases.Single(r => r.ReleaseId == awardNotice.ReleaseId).Json();
        var release = releases.Single(r => r.ReleaseId == contractNotice.ReleaseId).Json();
        Assert.DoesNotContain(new OcdsValidator().ValidateRelease(release, NoticeRelease.Extensions), f => f.Severity == Severity.Error);
        var suppliers = release["parties"]!.AsArray().Where(p => p!["roles"]!.AsArray().Any(r => (string)r! == "supplier")).ToList();
        Assert.Equal(["Leeds Women's Aid", "Chapeltown Housing Co-operative", "Harehills Advice Project"], suppliers.Select(p => (string)p!["name"]!));
        // The same party ids as the award's, so the compiled record holds each provider once.
        var awardSupplierIds = award["awards"]![0]!["suppliers"]!.AsArray().Select(s => (string)s!["id"]!);
        Assert.Equal(awardSupplierIds, suppliers.Select(p => (string)p!["id"]!));
        Assert.Equal(awardId.ToString("N"), (string)release["contracts"]![0]!["awardID"]!);
        Assert.Contains("Leeds Women's Aid (GB-CHC-1123456); Chapeltown Housing Co-operative (GB-COH-01234567); Harehills Advice Project",
            preview.Document.GetElementById("contract")!.TextContent);
    }

    [Fact]
    public async Task Contract_OfASingleProviderAward_NamesOneSupplierParty()
    {
        var buyer = await service.BuyerAsync();
        var awardId = await ConsortiumAwardAsync(buyer, members: false);
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Contract(buyer.Organisation.Id, awardId));
        var drafted = await form.SubmitAsync(buyer.Browser, ValidContract());
        var contractId = Guid.Parse(drafted.Location!.Split('/')[^2]);

        await buyer.PublishAsync(contractId);

        var contract = await service.NoticeAsync(contractId);
        var release = (await service.ReleasesAsync()).Single(r => r.ReleaseId == contract.ReleaseId).Json();
        var supplier = Assert.Single(release["parties"]!.AsArray(), p => p!["roles"]!.AsArray().Any(r => (string)r! == "supplier"));
        Assert.Equal("GB-CHC-1123456", (string)supplier!["id"]!);
        Assert.Equal(["Provider"], form.Document.QuerySelectorAll("#suppliers dt").Select(d => d.TextContent.Trim()));
    }

    /// <summary>A published tender with a published award to a consortium of three (or to one provider); returns the award's id.</summary>
    private static async Task<Guid> ConsortiumAwardAsync(SignedInMember buyer, bool members = true)
    {
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Award(buyer.Organisation.Id, id));
        var answers = new Dictionary<string, string>
        {
            ["SupplierName"] = "Leeds Women's Aid", ["SupplierIdentifier"] = "GB-CHC-1123456", ["Value"] = "240000",
            ["AwardDate.Day"] = "1", ["AwardDate.Month"] = "3", ["AwardDate.Year"] = LastYear,
        };
        if (members)
        {
            answers["Members[0].Name"] = "Chapeltown Housing Co-operative";
            answers["Members[0].Identifier"] = "GB-COH-01234567";
            answers["Members[1].Name"] = "Harehills Advice Project";
        }
        var drafted = await form.SubmitAsync(buyer.Browser, answers);
        var awardId = Guid.Parse(drafted.Location!.Split('/')[^2]);
        await buyer.PublishAsync(awardId);
        return awardId;
    }
}
