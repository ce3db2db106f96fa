using OpenCommissioning.Organisations;

namespace OpenCommissioning.Tests.Organisations;

public class UkPostcodeTests
{
    [Theory]
    [InlineData("SW1A 2AA", "SW1A 2AA")]
    [InlineData("sw1a2aa", "SW1A 2AA")]
    [InlineData(" ls1  4ap ", "LS1 4AP")]
    [InlineData("M1 1AE", "M1 1AE")]
    [InlineData("B33 8TH", "B33 8TH")]
    [InlineData("CR2 6XH", "CR2 6XH")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    [InlineData("W1A 0AX", "W1A 0AX")]
    [InlineData("BT1 5GS", "BT1 5GS")]
    [InlineData("GIR 0AA", "GIR 0AA")]
    public void Normalise_WhenUkPostcode_GivesPrintedForm(string typed, string expected)
    {
        Assert.Equal(expected, UkPostcode.Normalise(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("LS1")]
    [InlineData("12345")]
    [InlineData("LS1 4A")]
    [InlineData("LS1 44P")]
    [InlineData("ABC1 4AP")]
    [InlineData("LS1-4AP")]
    public void Normalise_WhenNotUkPostcode_ReturnsNull(string? typed)
    {
        Assert.Null(UkPostcode.Normalise(typed));
        Assert.False(UkPostcode.IsValid(typed));
    }
}
