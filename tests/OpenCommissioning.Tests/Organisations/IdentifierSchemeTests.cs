using OpenCommissioning.Organisations;

namespace OpenCommissioning.Tests.Organisations;

public class IdentifierSchemeTests
{
    [Theory]
    [InlineData("GB-CHC", "1123456", "1123456")]
    [InlineData("GB-CHC", "279417", "279417")]
    [InlineData("GB-CHC", "1123456-1", "1123456-1")]
    [InlineData("GB-CHC", " 112 3456 ", "1123456")]
    [InlineData("GB-CHC", "GB-CHC-1090095", "1090095")]
    [InlineData("GB-SC", "SC042386", "SC042386")]
    [InlineData("GB-SC", "sc 000587", "SC000587")]
    [InlineData("GB-SC", "025693", "SC025693")]
    [InlineData("GB-NIC", "100019", "100019")]
    [InlineData("GB-NIC", "NIC100048", "100048")]
    [InlineData("GB-COH", "09506232", "09506232")]
    [InlineData("GB-COH", "7444723", "07444723")]
    [InlineData("GB-COH", "sc123456", "SC123456")]
    [InlineData("GB-COH", "SC12345", "SC012345")]
    [InlineData("GB-COH", "NI 012345", "NI012345")]
    [InlineData("GB-COH", "OC301234", "OC301234")]
    [InlineData("GB-COH", "IP031455", "IP031455")]
    [InlineData("GB-COH", "RS007654", "RS007654")]
    [InlineData("GB-COH", "CE001234", "CE001234")]
    [InlineData("GB-COH", "R0000123", "R0000123")]
    [InlineData("GB-MPR", "235C", "235C")]
    [InlineData("GB-MPR", "31455r", "31455R")]
    [InlineData("GB-MPR", "IP031455", "IP031455")]
    [InlineData("GB-LAE", "wot", "WOT")]
    [InlineData("GB-LAE", "BIRM", "BIRM")]
    [InlineData("GB-LAS", "ZET", "ZET")]
    [InlineData("GB-PLA", "AGY", "AGY")]
    [InlineData("GB-LANI", "BFS", "BFS")]
    [InlineData("GB-NHS", "RAX", "RAX")]
    [InlineData("GB-NHS", "01f", "01F")]
    [InlineData("GB-NHS", "7A1A5", "7A1A5")]
    [InlineData("GB-NHS", "A81001", "A81001")]
    [InlineData("GB-GOR", "D1198", "D1198")]
    [InlineData("GB-GOR", "ea1113", "EA1113")]
    [InlineData("GB-EDU", "125554", "125554")]
    [InlineData("GB-UKPRN", "10000346", "10000346")]
    public void Check_WhenNumberFitsRegister_ReturnsNormalisedIdentifier(string scheme, string typed, string expectedId)
    {
        var check = OrganisationIdentifier.Check(scheme, typed);

        Assert.True(check.IsValid, check.Error);
        Assert.Equal(scheme, check.Identifier!.Scheme);
        Assert.Equal(expectedId, check.Identifier.Id);
    }

    [Theory]
    [InlineData("GB-CHC", "12345", "Enter a Charity Commission number of 6 or 7 digits, like 1123456")]
    [InlineData("GB-CHC", "12345678", "Enter a Charity Commission number of 6 or 7 digits")]
    [InlineData("GB-CHC", "SC042386", "Enter a Charity Commission number")]
    [InlineData("GB-CHC", "1123456-", "Enter a Charity Commission number")]
    [InlineData("GB-SC", "SC42386", "Enter a Scottish charity number of SC and 6 digits, like SC012345")]
    [InlineData("GB-SC", "NI012345", "Enter a Scottish charity number")]
    [InlineData("GB-NIC", "200019", "Enter a Northern Ireland charity number of 6 digits starting 10, like 100019")]
    [InlineData("GB-NIC", "10001", "Enter a Northern Ireland charity number")]
    [InlineData("GB-COH", "123456789", "Enter a company number of 8 digits, like 09506232")]
    [InlineData("GB-COH", "XX123456", "XX is not a Companies House prefix: enter 8 digits, like 09506232, or a prefix such as SC, NI or OC")]
    [InlineData("GB-COH", "S1123456", "S1 is not a Companies House prefix")]
    [InlineData("GB-COH", "SC1234567", "Enter a company number")]
    [InlineData("GB-COH", "ABC", "Enter a company number")]
    [InlineData("GB-MPR", "R235", "Enter a Mutuals Public Register number")]
    [InlineData("GB-MPR", "1234567R", "Enter a Mutuals Public Register number")]
    [InlineData("GB-LAE", "W1", "Enter a local authority code of 3 or 4 letters, like WOT")]
    [InlineData("GB-LAS", "ZETLA", "Enter a local authority code of 3 or 4 letters, like ZET")]
    [InlineData("GB-PLA", "A9Y", "Enter a local authority code")]
    [InlineData("GB-LANI", "B", "Enter a local authority code")]
    [InlineData("GB-NHS", "R-X", "Enter an NHS organisation (ODS) code of 3 to 6 letters and numbers, like RAX or 01F")]
    [InlineData("GB-NHS", "RAX12345", "Enter an NHS organisation (ODS) code")]
    [InlineData("GB-GOR", "1198", "Enter a government organisation code of 1 or 2 letters and 3 or 4 digits")]
    [InlineData("GB-EDU", "1255540", "Enter a school unique reference number (URN) of 6 digits, like 125554")]
    [InlineData("GB-UKPRN", "20000346", "Enter a UK provider reference number (UKPRN) of 8 digits starting 1, like 10000346")]
    [InlineData("GB-UKPRN", "1000034", "Enter a UK provider reference number (UKPRN)")]
    public void Check_WhenNumberDoesNotFitRegister_SaysWhatTheRegisterExpects(string scheme, string typed, string expectedStart)
    {
        var check = OrganisationIdentifier.Check(scheme, typed);

        Assert.False(check.IsValid);
        Assert.Null(check.Identifier);
        Assert.StartsWith(expectedStart, check.Error!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GB-CHC", "Enter the Charity Commission number")]
    [InlineData("GB-COH", "Enter the company number")]
    [InlineData("GB-NHS", "Enter the NHS organisation (ODS) code")]
    public void Check_WhenNumberBlank_AsksForTheNumberByName(string scheme, string expected)
    {
        var check = OrganisationIdentifier.Check(scheme, "   ");

        Assert.Equal(expected, check.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("GB-XYZ")]
    public void Check_WhenSchemeUnknown_AsksToSelectRegister(string? scheme)
    {
        var check = OrganisationIdentifier.Check(scheme, "1123456");

        Assert.Equal("Select the register that gave the organisation its number", check.Error);
    }

    [Fact]
    public void Check_WhenSchemeTypedInLowerCase_FindsTheScheme()
    {
        var check = OrganisationIdentifier.Check(" gb-chc ", "1123456");

        Assert.Equal("GB-CHC-1123456", check.Identifier!.ToString());
    }

    [Theory]
    [InlineData(OrganisationKind.Provider, "GB-CHC", true)]
    [InlineData(OrganisationKind.Buyer, "GB-CHC", false)]
    [InlineData(OrganisationKind.Buyer, "GB-SC", false)]
    [InlineData(OrganisationKind.Buyer, "GB-NIC", false)]
    [InlineData(OrganisationKind.Buyer, "GB-MPR", false)]
    [InlineData(OrganisationKind.Buyer, "GB-LAE", true)]
    [InlineData(OrganisationKind.Provider, "GB-LAE", false)]
    [InlineData(OrganisationKind.Provider, "GB-GOR", false)]
    [InlineData(OrganisationKind.Buyer, "GB-COH", true)]
    [InlineData(OrganisationKind.Provider, "GB-COH", true)]
    [InlineData(OrganisationKind.Provider, "GB-NHS", true)]
    [InlineData(OrganisationKind.Buyer, "GB-NHS", true)]
    [InlineData(OrganisationKind.Provider, "GB-UKPRN", true)]
    public void IsUsableBy_SaysWhichSideMayUseEachRegister(OrganisationKind kind, string scheme, bool expected)
    {
        Assert.Equal(expected, IdentifierSchemes.Find(scheme)!.IsUsableBy(kind));
    }

    [Fact]
    public void UsableBy_Buyer_ListsPublicBodyRegistersButNoCharityRegister()
    {
        var codes = IdentifierSchemes.UsableBy(OrganisationKind.Buyer).Select(s => s.Code).ToList();

        Assert.Equal(["GB-COH", "GB-LAE", "GB-LAS", "GB-PLA", "GB-LANI", "GB-NHS", "GB-GOR", "GB-EDU", "GB-UKPRN"], codes);
    }

    [Fact]
    public void Check_EveryRegistersOwnExample_IsValid()
    {
        var invalid = IdentifierSchemes.All.Where(s => !s.Check(s.Example).IsValid).Select(s => s.Code);

        Assert.Empty(invalid);
    }
}
