namespace OpenCommissioning.Organisations;

/// <summary>
/// Whether an organisation is VCSE (voluntary, community and social enterprise), worked out from its legal
/// form and registrations, with the reason in plain English so the organisation page can show how.
/// </summary>
public sealed record VcseDerivation(bool IsVcse, string Reason)
{
    public static VcseDerivation Derive(LegalForm legalForm, IReadOnlyCollection<OrganisationIdentifier> identifiers)
    {
        ArgumentNullException.ThrowIfNull(identifiers);

        // A charity registration settles it whatever legal form was chosen: registered charities are VCSE.
        var charity = identifiers.FirstOrDefault(IsCharityRegistration);
        if (charity is not null)
        {
            return new(true, $"Registered charity ({charity})");
        }

        var byForm = FromLegalForm(legalForm);
        if (byForm is not null)
        {
            return byForm;
        }

        var society = identifiers.FirstOrDefault(IsSocietyRegistration);
        if (society is not null)
        {
            return new(true, $"Registered society, such as a co-operative or community benefit society ({society})");
        }

        return legalForm == LegalForm.PublicBody
            ? new(false, "Public body: not a VCSE")
            : new(false, $"{legalForm.DisplayName()} with no charity or CIC registration: not a VCSE");
    }

    private static VcseDerivation? FromLegalForm(LegalForm legalForm) => legalForm switch
    {
        LegalForm.CommunityInterestCompany => new(true, "Community interest company"),
        LegalForm.CharitableIncorporatedOrganisation => new(true, "Charitable incorporated organisation"),
        LegalForm.CharitableCompany => new(true, "Charitable company"),
        // Small charities (income under £5,000) and excepted charities need not register.
        LegalForm.Charity => new(true, "Charity that is not on a charity register, such as a small or excepted charity"),
        LegalForm.CooperativeSociety => new(true, "Co-operative society"),
        LegalForm.CommunityBenefitSociety => new(true, "Community benefit society"),
        LegalForm.Mutual => new(true, "Mutual"),
        LegalForm.UnincorporatedAssociation => new(true, "Unincorporated association, such as a voluntary or community group"),
        _ => null,
    };

    private static bool IsCharityRegistration(OrganisationIdentifier identifier) =>
        IdentifierSchemes.CharityRegisters.Any(s => s.Code == identifier.Scheme)
        || (identifier.Scheme == IdentifierSchemes.CompaniesHouse.Code
            && CompaniesHouseNumbers.CharityPrefixes.Contains(CompaniesHouseNumbers.PrefixOf(identifier.Id)));

    private static bool IsSocietyRegistration(OrganisationIdentifier identifier) =>
        identifier.Scheme == IdentifierSchemes.MutualsPublicRegister.Code
        || (identifier.Scheme == IdentifierSchemes.CompaniesHouse.Code
            && CompaniesHouseNumbers.SocietyPrefixes.Contains(CompaniesHouseNumbers.PrefixOf(identifier.Id)));
}
