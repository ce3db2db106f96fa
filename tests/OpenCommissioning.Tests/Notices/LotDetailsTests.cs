using System.Text.Json;
using OpenCommissioning.Notices;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Lots as stored: drafts saved before lots had codes still read, and a lot is compared by its codes' values.</summary>
public sealed class LotDetailsTests
{
    [Fact]
    public void Read_WhenStoredBeforeLotsHadCodes_HasNoCodes()
    {
        const string stored = """{"lots":[{"title":"Refuge","description":"","value":150000,"suitableForSme":false,"suitableForVcse":true}]}""";

        var details = JsonSerializer.Deserialize<NoticeDetails>(stored, JsonSerializerOptions.Web)!;

        var lot = Assert.Single(details.Lots);
        Assert.Equal("Refuge", lot.Title);
        Assert.NotNull(lot.CpvCodes);
        Assert.Empty(lot.CpvCodes);
    }

    [Fact]
    public void Equals_ComparesCodesByValue_SoTwoReadingsOfOneLotAreEqualAndOtherCodesAreNot()
    {
        var lot = new LotDetails("Refuge", "", 150000m, false, true) { CpvCodes = ["85311000", "85312000"] };
        var json = JsonSerializer.Serialize(lot, JsonSerializerOptions.Web);

        var again = JsonSerializer.Deserialize<LotDetails>(json, JsonSerializerOptions.Web)!;

        Assert.Equal(lot, again);
        Assert.Equal(lot.GetHashCode(), again.GetHashCode());
        Assert.NotEqual(lot, again with { CpvCodes = ["85311000"] });
        Assert.NotEqual(lot, again with { CpvCodes = ["85312000", "85311000"] });
    }
}
