using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>The tender form's region and CPV fields as a buyer without JavaScript meets them.</summary>
public sealed class RegionFormTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    private async Task<(SignedInMember Buyer, HtmlPage Page)> NewTenderAsync()
    {
        var buyer = await service.BuyerAsync();
        return (buyer, await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id)));
    }

    [Fact]
    public async Task Form_ListsSubRegionsVisiblyUnderTheirRegionsLegend()
    {
        var (_, page) = await NewTenderAsync();

        var box = page.Document.QuerySelector("input[name='Input.Regions'][value='UKE4']")!;
        var legend = box.Closest("fieldset")!.QuerySelector("legend")!.TextContent.Trim();
        Assert.Equal("Yorkshire and the Humber", legend);
        Assert.Equal("West Yorkshire", page.Document.QuerySelector($"label[for='{box.Id}']")!.TextContent.Trim());
        Assert.Null(box.Closest(".govuk-checkboxes__conditional"));
        Assert.Equal("UKC", page.Document.GetElementById("Input_Regions-UKC")?.GetAttribute("value"));
        Assert.Equal("ENG", page.Document.GetElementById("Input_Regions")?.GetAttribute("value"));
        var ids = page.Document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Draft_WhenUnknownRegionPosted_ShowsItsMessageLinkedToTheFirstBox()
    {
        var (buyer, page) = await NewTenderAsync();

        var result = await page.SubmitAsync(buyer.Browser, NoticeArrange.ValidTender().With("Input.Regions", "UKZ9"));

        const string message = "'UKZ9' is not one of the listed regions. Select regions from the list";
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(message, result.FieldError("Input_Regions"));
        Assert.Equal("#Input_Regions", result.Document.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(result.Document.QuerySelector(".govuk-form-group--error #Input_Regions"));
        Assert.Equal(0, await service.ProcurementCountAsync(buyer.Organisation.Id));
    }

    [Fact]
    public async Task Draft_WhenAnotherFieldIsWrong_KeepsTheSubRegionsTicked()
    {
        var (buyer, _) = await NewTenderAsync();
        var form = NoticeArrange.ValidTender().With("Input.Title", "");

        var result = await RegionForm.PostAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id), form, "UKE4", "UKM8");

        var ticked = result.Document.QuerySelectorAll("input[name='Input.Regions']:checked").Select(e => e.GetAttribute("value")).ToList();
        Assert.Equal(["UKE4", "UKM8"], ticked);
    }

    [Fact]
    public async Task Draft_WhenRegionAndItsSubRegionTicked_StoresTheRegionAlone()
    {
        var (buyer, _) = await NewTenderAsync();

        var result = await RegionForm.PostAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id), NoticeArrange.ValidTender(), "UKE4", "UKE", "UKL2");

        var id = Guid.Parse(result.Location!.Split('/').Last());
        Assert.Equal(["UKE", "UKL2"], (await service.NoticeAsync(id)).Details.RegionCodes);
    }

    [Fact]
    public async Task CpvHint_LinksToTheListOfCodesInANewTab()
    {
        var (buyer, page) = await NewTenderAsync();

        var link = page.Document.QuerySelector("#Input_CpvCodes-hint a")!;
        var list = await HtmlPage.GetAsync(buyer.Browser, link.GetAttribute("href")!);

        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Contains("(opens in new tab)", link.TextContent);
        Assert.Contains("Input_CpvCodes-hint", page.Document.GetElementById("Input_CpvCodes")!.GetAttribute("aria-describedby"));
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains(list.Document.QuerySelectorAll("#codes li"), li => li.TextContent.Contains("85000000"));
    }
}
