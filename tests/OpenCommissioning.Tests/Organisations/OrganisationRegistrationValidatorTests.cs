using OpenCommissioning.Organisations;

namespace OpenCommissioning.Tests.Organisations;

public class OrganisationRegistrationValidatorTests
{
    private static OrganisationRegistrationInput ValidCharity() => new()
    {
        Kind = OrganisationKind.Provider,
        Name = "  Riverside Community Trust ",
        LegalForm = LegalForm.CharitableIncorporatedOrganisation,
        Scheme = "GB-CHC",
        Number = "112 3456",
        StaffCount = "12",
        AnnualTurnover = "£450,000",
        BalanceSheetTotal = "",
        AddressLine1 = "1 High Street",
        Town = "Leeds",
        Postcode = "ls1 4ap",
        Website = "www.riverside.org.uk",
    };

    private static string? ErrorFor(OrganisationRegistrationInput input, string field) =>
        OrganisationRegistrationValidator.Validate(input).Errors.GetValueOrDefault(field);

    [Fact]
    public void Validate_WhenEverythingValid_ReturnsTypedNormalisedRegistration()
    {
        var result = OrganisationRegistrationValidator.Validate(ValidCharity());

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Values));
        var registration = result.Registration!;
        Assert.Equal("Riverside Community Trust", registration.Name);
        Assert.Equal("GB-CHC-1123456", registration.Identifier!.ToString());
        Assert.Equal(12, registration.StaffCount);
        Assert.Equal(450_000m, registration.AnnualTurnover);
        Assert.Null(registration.BalanceSheetTotal);
        Assert.Equal("LS1 4AP", registration.RegisteredAddress.Postcode);
        Assert.Equal("https://www.riverside.org.uk/", registration.Website);
    }

    [Fact]
    public void Validate_WhenEverythingBlank_ListsErrorsInFormOrder()
    {
        var result = OrganisationRegistrationValidator.Validate(new OrganisationRegistrationInput());

        Assert.False(result.IsValid);
        Assert.Null(result.Registration);
        Assert.Equal(["Kind", "Name", "LegalForm", "AddressLine1", "Town", "Postcode"], result.ErrorsInOrder.Select(e => e.Key));
    }

    [Theory]
    [InlineData("Kind", "Select whether the organisation is a buyer or a provider")]
    [InlineData("Name", "Enter the organisation's name")]
    [InlineData("LegalForm", "Select the organisation's legal form")]
    [InlineData("AddressLine1", "Enter address line 1, typically the building and street")]
    [InlineData("Town", "Enter town or city")]
    [InlineData("Postcode", "Enter postcode")]
    public void Validate_WhenRequiredFieldBlank_AsksForIt(string field, string message)
    {
        Assert.Equal(message, ErrorFor(new OrganisationRegistrationInput { Name = "  " }, field));
    }

    [Fact]
    public void Validate_WhenNameTooLong_SaysTheLimit()
    {
        var input = ValidCharity();
        input.Name = new string('a', 161);

        Assert.Equal("Organisation name must be 160 characters or fewer", ErrorFor(input, "Name"));
    }

    [Fact]
    public void Validate_WhenBuyerIsNotPublicBody_AsksForPublicBody()
    {
        var input = ValidCharity();
        input.Kind = OrganisationKind.Buyer;

        Assert.Equal("Select Public body: a buyer must be a public body, such as a council or NHS body", ErrorFor(input, "LegalForm"));
    }

    [Fact]
    public void Validate_WhenBuyerChoosesCharityRegister_AsksForPublicBodyRegister()
    {
        var input = ValidCharity();
        input.Kind = OrganisationKind.Buyer;
        input.LegalForm = LegalForm.PublicBody;

        Assert.StartsWith("Select a register for public bodies", ErrorFor(input, "Scheme"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenProviderChoosesLocalAuthorityRegister_AsksForProviderRegister()
    {
        var input = ValidCharity();
        input.Scheme = "GB-LAE";
        input.Number = "WOT";

        Assert.StartsWith("Select a register for providers", ErrorFor(input, "Scheme"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenLegalFormNeedsRegistrationAndNoneGiven_AsksForRegister()
    {
        var input = ValidCharity();
        input.Scheme = null;
        input.Number = " ";

        Assert.Equal("Select the register that gave the organisation its number", ErrorFor(input, "Scheme"));
    }

    [Fact]
    public void Validate_WhenSoleTraderGivesNoRegistration_IsValid()
    {
        var input = ValidCharity();
        input.LegalForm = LegalForm.SoleTrader;
        input.Scheme = null;
        input.Number = null;

        var result = OrganisationRegistrationValidator.Validate(input);

        Assert.True(result.IsValid);
        Assert.Null(result.Registration!.Identifier);
    }

    [Fact]
    public void Validate_WhenNumberGivenWithoutRegister_AsksForRegister()
    {
        var input = ValidCharity();
        input.LegalForm = LegalForm.SoleTrader;
        input.Scheme = "";

        Assert.Equal("Select the register that gave the organisation its number", ErrorFor(input, "Scheme"));
    }

    [Fact]
    public void Validate_WhenCicChoosesCharityRegister_SaysToChooseCompaniesHouse()
    {
        var input = ValidCharity();
        input.LegalForm = LegalForm.CommunityInterestCompany;

        Assert.Equal("A community interest company (CIC) is registered with Companies House: select Companies House", ErrorFor(input, "Scheme"));
    }

    [Fact]
    public void Validate_WhenSocietyChoosesCharityRegister_NamesBothRegistersItCouldUse()
    {
        var input = ValidCharity();
        input.LegalForm = LegalForm.CommunityBenefitSociety;

        Assert.Equal("A community benefit society is registered with the Mutuals Public Register or Companies House: select one of these", ErrorFor(input, "Scheme"));
    }

    [Fact]
    public void Validate_WhenCharityNumberWrong_GivesRegistersFormatMessageOnNumber()
    {
        var input = ValidCharity();
        input.Number = "12345";

        Assert.Equal("Enter a Charity Commission number of 6 or 7 digits, like 1123456, or with a subsidiary number, like 1123456-1", ErrorFor(input, "Number"));
    }

    [Fact]
    public void Validate_WhenRegisterChosenButNumberBlank_AsksForNumberByName()
    {
        var input = ValidCharity();
        input.Number = "";

        Assert.Equal("Enter the Charity Commission number", ErrorFor(input, "Number"));
    }

    [Fact]
    public void Validate_WhenIdentifierAlreadyRegistered_SaysSoAndKeepsIdentifier()
    {
        var taken = OrganisationIdentifier.Parse("GB-CHC-1123456");

        var result = OrganisationRegistrationValidator.Validate(ValidCharity(), id => id.Equals(taken));

        Assert.Equal("An organisation with Charity Commission number 1123456 is already registered: ask its organisation administrator to invite you", result.Errors["Number"]);
        Assert.Equal(taken, result.Identifier);
        Assert.Null(result.Registration);
    }

    [Theory]
    [InlineData("StaffCount", "twelve", "Number of staff must be a whole number, like 25")]
    [InlineData("StaffCount", "12.5", "Number of staff must be a whole number, like 25")]
    [InlineData("StaffCount", "-1", "Number of staff must be 0 or more")]
    [InlineData("AnnualTurnover", "lots", "Turnover must be a number, like 250000")]
    [InlineData("AnnualTurnover", "£1.234", "Turnover must be a number, like 250000")]
    [InlineData("AnnualTurnover", "-5", "Turnover must be £0 or more")]
    [InlineData("BalanceSheetTotal", "1e6", "Balance sheet total must be a number, like 250000")]
    [InlineData("BalanceSheetTotal", "-0.01", "Balance sheet total must be £0 or more")]
    [InlineData("Postcode", "LS1", "Enter a full UK postcode, like SW1A 2AA")]
    [InlineData("Website", "not a website", "Enter a website address in the correct format, like www.example.org.uk")]
    [InlineData("Website", "ftp://files.example.org", "Enter a website address in the correct format, like www.example.org.uk")]
    [InlineData("Town", "", "Enter town or city")]
    public void Validate_WhenFieldWrong_GivesFieldMessage(string field, string typed, string message)
    {
        var input = ValidCharity();
        typeof(OrganisationRegistrationInput).GetProperty(field)!.SetValue(input, typed);

        var result = OrganisationRegistrationValidator.Validate(input);

        Assert.Equal(message, result.Errors[field]);
        Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData("1,250", 1250)]
    [InlineData(" 40 ", 40)]
    public void Validate_WhenStaffTypedWithCommasOrSpaces_ReadsTheNumber(string typed, int expected)
    {
        var input = ValidCharity();
        input.StaffCount = typed;

        Assert.Equal(expected, OrganisationRegistrationValidator.Validate(input).Registration!.StaffCount);
    }

    [Fact]
    public void Validate_WhenBuyerIsPublicBodyWithCouncilCode_IsValid()
    {
        var input = ValidCharity();
        input.Kind = OrganisationKind.Buyer;
        input.LegalForm = LegalForm.PublicBody;
        input.Scheme = "GB-LAE";
        input.Number = "lds";

        var result = OrganisationRegistrationValidator.Validate(input);

        Assert.Equal("GB-LAE-LDS", result.Registration!.Identifier!.ToString());
    }
}
