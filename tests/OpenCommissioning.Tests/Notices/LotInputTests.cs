using OpenCommissioning.Notices;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>A lot row binds only the fields the form shows for it: a property no row posts could only be over-posted.</summary>
public sealed class LotInputTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    [Fact]
    public async Task LotInput_WritableProperties_AreExactlyTheFieldsOfALotRowOnTheForm()
    {
        var buyer = await service.BuyerAsync();
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));

        var posted = page.Document.QuerySelectorAll("[name^='Input.Lots[0].']")
            .Select(e => e.GetAttribute("name")!["Input.Lots[0].".Length..].Split('.')[0]).ToHashSet();
        var bindable = typeof(LotInput).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).ToHashSet();

        Assert.Equal(posted.Order(), bindable.Order());
    }
}
