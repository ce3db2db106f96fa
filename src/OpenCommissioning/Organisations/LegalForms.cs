namespace OpenCommissioning.Organisations;

/// <summary>Plain-English names of legal forms, in the order a form's radio list shows them.</summary>
public static class LegalForms
{
    private static readonly Dictionary<LegalForm, string> Names = new()
    {
        [LegalForm.Charity] = "Charity (unincorporated, such as a trust)",
        [LegalForm.CharitableIncorporatedOrganisation] = "Charitable incorporated organisation (CIO)",
        [LegalForm.CharitableCompany] = "Charitable company",
        [LegalForm.CommunityInterestCompany] = "Community interest company (CIC)",
        [LegalForm.CompanyLimitedByGuarantee] = "Company limited by guarantee",
        [LegalForm.CompanyLimitedByShares] = "Company limited by shares",
        [LegalForm.CooperativeSociety] = "Co-operative society",
        [LegalForm.CommunityBenefitSociety] = "Community benefit society",
        [LegalForm.Mutual] = "Mutual (including employee-led mutuals)",
        [LegalForm.LimitedLiabilityPartnership] = "Limited liability partnership (LLP)",
        [LegalForm.Partnership] = "Partnership",
        [LegalForm.SoleTrader] = "Sole trader",
        [LegalForm.PublicBody] = "Public body",
        [LegalForm.UnincorporatedAssociation] = "Unincorporated association (such as a community group)",
        [LegalForm.Other] = "Other",
    };

    public static IReadOnlyList<LegalForm> All { get; } = Enum.GetValues<LegalForm>();

    public static string DisplayName(this LegalForm form) => Names[form];

    /// <summary>
    /// Buyers are public bodies (glossary: commissioner). Providers may be anything, public bodies included,
    /// because NHS trusts and council companies also deliver services under contract.
    /// </summary>
    public static bool AllowedFor(this LegalForm form, OrganisationKind kind) =>
        kind == OrganisationKind.Provider || form == LegalForm.PublicBody;
}
