using OpenCommissioning.Organisations;

namespace OpenCommissioning.Tests.Organisations;

public class OrganisationIdentifierTests
{
    [Fact]
    public void ToString_GivesOrgIdForm()
    {
        var identifier = OrganisationIdentifier.Create("GB-CHC", "1234567");

        Assert.Equal("GB-CHC-1234567", identifier.ToString());
    }

    [Theory]
    [InlineData("GB-CHC-1234567", "GB-CHC", "1234567")]
    [InlineData("gb-coh-sc 123456", "GB-COH", "SC123456")]
    [InlineData(" GB-COH-7444723 ", "GB-COH", "07444723")]
    [InlineData("GB-CHC-1123456-1", "GB-CHC", "1123456-1")]
    [InlineData("GB-SC-SC012345", "GB-SC", "SC012345")]
    [InlineData("GB-LANI-BFS", "GB-LANI", "BFS")]
    [InlineData("GB-UKPRN-10000346", "GB-UKPRN", "10000346")]
    public void Parse_WhenFullFormValid_SplitsSchemeAndNormalisedId(string text, string scheme, string id)
    {
        var identifier = OrganisationIdentifier.Parse(text);

        Assert.Equal(scheme, identifier.Scheme);
        Assert.Equal(id, identifier.Id);
    }

    [Fact]
    public void Parse_WhenRegisterUnknown_ThrowsWithPlainMessage()
    {
        var error = Assert.Throws<FormatException>(() => OrganisationIdentifier.Parse("XX-ABC-123"));

        Assert.Equal("Enter an identifier that starts with its register, like GB-CHC-1123456", error.Message);
    }

    [Fact]
    public void Parse_WhenNumberWrongForRegister_ThrowsWithRegistersMessage()
    {
        var error = Assert.Throws<FormatException>(() => OrganisationIdentifier.Parse("GB-NIC-200019"));

        Assert.StartsWith("Enter a Northern Ireland charity number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("GB-CHC")]
    [InlineData("GB-CHC-")]
    [InlineData("1123456")]
    public void TryParse_WhenNotAnIdentifier_ReturnsFalse(string? text)
    {
        var parsed = OrganisationIdentifier.TryParse(text, out var identifier);

        Assert.False(parsed);
        Assert.Null(identifier);
    }

    [Fact]
    public void Equals_WhenSameNumberTypedDifferently_IdentifiersAreEqual()
    {
        var typedOneWay = OrganisationIdentifier.Create("GB-COH", "sc 12345");
        var typedAnother = OrganisationIdentifier.Parse("GB-COH-SC012345");

        Assert.Equal(typedOneWay, typedAnother);
        Assert.Equal(typedOneWay.GetHashCode(), typedAnother.GetHashCode());
    }

    [Fact]
    public void Equals_WhenSameNumberInDifferentRegisters_IdentifiersDiffer()
    {
        Assert.NotEqual(OrganisationIdentifier.Create("GB-CHC", "123456"), OrganisationIdentifier.Create("GB-EDU", "123456"));
    }
}
