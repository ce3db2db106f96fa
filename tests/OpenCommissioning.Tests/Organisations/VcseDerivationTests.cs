using OpenCommissioning.Organisations;

namespace OpenCommissioning.Tests.Organisations;

public class VcseDerivationTests
{
    private static OrganisationIdentifier[] Ids(params string[] fullForms) =>
        fullForms.Select(OrganisationIdentifier.Parse).ToArray();

    [Theory]
    [InlineData("GB-CHC-1123456", "Registered charity (GB-CHC-1123456)")]
    [InlineData("GB-SC-SC012345", "Registered charity (GB-SC-SC012345)")]
    [InlineData("GB-NIC-100019", "Registered charity (GB-NIC-100019)")]
    [InlineData("GB-COH-CE001234", "Registered charity (GB-COH-CE001234)")]
    public void Derive_WhenOnACharityRegister_IsVcseNamingTheRegistration(string identifier, string reason)
    {
        var derivation = VcseDerivation.Derive(LegalForm.CompanyLimitedByGuarantee, Ids("GB-COH-01234567", identifier));

        Assert.True(derivation.IsVcse);
        Assert.Equal(reason, derivation.Reason);
    }

    [Theory]
    [InlineData(LegalForm.CommunityInterestCompany, "Community interest company")]
    [InlineData(LegalForm.CharitableIncorporatedOrganisation, "Charitable incorporated organisation")]
    [InlineData(LegalForm.CharitableCompany, "Charitable company")]
    [InlineData(LegalForm.Charity, "Charity that is not on a charity register, such as a small or excepted charity")]
    [InlineData(LegalForm.CooperativeSociety, "Co-operative society")]
    [InlineData(LegalForm.CommunityBenefitSociety, "Community benefit society")]
    [InlineData(LegalForm.Mutual, "Mutual")]
    [InlineData(LegalForm.UnincorporatedAssociation, "Unincorporated association, such as a voluntary or community group")]
    public void Derive_WhenLegalFormIsSocialPurpose_IsVcseByLegalForm(LegalForm legalForm, string reason)
    {
        var derivation = VcseDerivation.Derive(legalForm, Ids("GB-COH-09506232"));

        Assert.True(derivation.IsVcse);
        Assert.Equal(reason, derivation.Reason);
    }

    [Theory]
    [InlineData("GB-MPR-31455R")]
    [InlineData("GB-COH-RS007654")]
    [InlineData("GB-COH-IP031455")]
    public void Derive_WhenOtherFormButRegisteredSociety_IsVcseNamingTheRegistration(string identifier)
    {
        var derivation = VcseDerivation.Derive(LegalForm.Other, Ids(identifier));

        Assert.True(derivation.IsVcse);
        Assert.Equal($"Registered society, such as a co-operative or community benefit society ({identifier})", derivation.Reason);
    }

    [Theory]
    [InlineData(LegalForm.CompanyLimitedByShares, "Company limited by shares with no charity or CIC registration: not a VCSE")]
    [InlineData(LegalForm.CompanyLimitedByGuarantee, "Company limited by guarantee with no charity or CIC registration: not a VCSE")]
    [InlineData(LegalForm.LimitedLiabilityPartnership, "Limited liability partnership (LLP) with no charity or CIC registration: not a VCSE")]
    [InlineData(LegalForm.Partnership, "Partnership with no charity or CIC registration: not a VCSE")]
    [InlineData(LegalForm.SoleTrader, "Sole trader with no charity or CIC registration: not a VCSE")]
    [InlineData(LegalForm.Other, "Other with no charity or CIC registration: not a VCSE")]
    [InlineData(LegalForm.PublicBody, "Public body: not a VCSE")]
    public void Derive_WhenNoSocialPurposeFormOrRegistration_IsNotVcse(LegalForm legalForm, string reason)
    {
        var derivation = VcseDerivation.Derive(legalForm, Ids("GB-COH-09506232"));

        Assert.False(derivation.IsVcse);
        Assert.Equal(reason, derivation.Reason);
    }

    [Fact]
    public void Derive_WhenNoIdentifiersAtAll_FollowsLegalForm()
    {
        var derivation = VcseDerivation.Derive(LegalForm.SoleTrader, []);

        Assert.False(derivation.IsVcse);
    }

    [Fact]
    public void Derive_WhenCompanyHasScottishCompanyPrefix_IsNotMistakenForACharity()
    {
        var derivation = VcseDerivation.Derive(LegalForm.CompanyLimitedByShares, Ids("GB-COH-SC123456"));

        Assert.False(derivation.IsVcse);
    }
}
