using OpenCommissioning.Organisations;

namespace OpenCommissioning.Tests.Organisations;

public class OrganisationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Register_FromValidatedInput_DerivesVcseAndSme()
    {
        var validation = OrganisationRegistrationValidator.Validate(new OrganisationRegistrationInput
        {
            Kind = OrganisationKind.Provider, Name = "Hillside CIC", LegalForm = LegalForm.CommunityInterestCompany,
            Scheme = "GB-COH", Number = "9506232", StaffCount = "8", AnnualTurnover = "150000",
            AddressLine1 = "2 Mill Lane", Town = "Bristol", Postcode = "BS1 4DJ",
        });

        var organisation = Organisation.Register(validation.Registration!, Guid.NewGuid(), Now);

        Assert.Equal("GB-COH-09506232", Assert.Single(organisation.Identifiers).ToString());
        Assert.Equal(new VcseDerivation(true, "Community interest company"), organisation.Vcse);
        Assert.Equal(SmeSize.Micro, organisation.Sme.Size);
        Assert.Equal(Now, organisation.CreatedAt);
    }

    [Fact]
    public void AddIdentifier_WhenCharityRegistrationAdded_VcseFollows()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Old Mill Trust", OrganisationKind.Provider, LegalForm.CompanyLimitedByGuarantee, Now);
        Assert.False(organisation.Vcse.IsVcse);

        organisation.AddIdentifier(OrganisationIdentifier.Parse("GB-CHC-1090095"));

        Assert.Equal("Registered charity (GB-CHC-1090095)", organisation.Vcse.Reason);
    }

    [Fact]
    public void AddIdentifier_WhenSameIdentifierTwice_KeepsOne()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Old Mill Trust", OrganisationKind.Provider, LegalForm.Charity, Now);

        organisation.AddIdentifier(OrganisationIdentifier.Parse("GB-CHC-1090095"));
        organisation.AddIdentifier(OrganisationIdentifier.Create("GB-CHC", " 1090095"));

        Assert.Single(organisation.Identifiers);
    }

    [Fact]
    public void AddIdentifier_WhenBuyerGivesCharityNumber_Throws()
    {
        var council = new Organisation(Guid.NewGuid(), "Leeds City Council", OrganisationKind.Buyer, LegalForm.PublicBody, Now);

        Assert.Throws<InvalidOperationException>(() => council.AddIdentifier(OrganisationIdentifier.Parse("GB-CHC-1090095")));
    }

    [Fact]
    public void Constructor_WhenBuyerIsNotPublicBody_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            new Organisation(Guid.NewGuid(), "Acme Ltd", OrganisationKind.Buyer, LegalForm.CompanyLimitedByShares, Now));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_WhenNameBlank_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() =>
            new Organisation(Guid.NewGuid(), name, OrganisationKind.Provider, LegalForm.SoleTrader, Now));
    }

    [Fact]
    public void SetSize_WhenNegative_Throws()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Acme", OrganisationKind.Provider, LegalForm.SoleTrader, Now);

        Assert.Throws<ArgumentOutOfRangeException>(() => organisation.SetSize(-1, null, null));
    }

    [Fact]
    public void LegalForms_EveryFormHasAPlainEnglishName()
    {
        var names = LegalForms.All.Select(f => f.DisplayName()).ToList();

        Assert.Equal(15, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains("Charitable incorporated organisation (CIO)", names);
    }
}
