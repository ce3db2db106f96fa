using static OpenCommissioning.Organisations.IdentifierSchemes;

namespace OpenCommissioning.Organisations;

/// <summary>
/// Which registers fit which legal forms. A company, society or CIO exists only once registered, so it must
/// give its number; a sole trader, partnership or community group may have none.
/// </summary>
public static class RegistrationRules
{
    private static readonly IdentifierScheme[] Charities =
        [CharityCommission, ScottishCharityRegister, NorthernIrelandCharityCommission, CompaniesHouse];

    private static readonly Dictionary<LegalForm, IdentifierScheme[]> Required = new()
    {
        [LegalForm.CharitableIncorporatedOrganisation] = Charities,
        [LegalForm.CharitableCompany] = Charities,
        [LegalForm.CommunityInterestCompany] = [CompaniesHouse],
        [LegalForm.CompanyLimitedByGuarantee] = [CompaniesHouse],
        [LegalForm.CompanyLimitedByShares] = [CompaniesHouse],
        [LegalForm.LimitedLiabilityPartnership] = [CompaniesHouse],
        [LegalForm.CooperativeSociety] = [MutualsPublicRegister, CompaniesHouse],
        [LegalForm.CommunityBenefitSociety] = [MutualsPublicRegister, CompaniesHouse],
    };

    public static bool RequiresIdentifier(LegalForm legalForm) => Required.ContainsKey(legalForm);

    /// <summary>Registers that can hold an organisation of this legal form.</summary>
    public static IReadOnlyList<IdentifierScheme> SchemesFor(LegalForm legalForm) =>
        Required.TryGetValue(legalForm, out var schemes) ? schemes : All;

    /// <summary>Null when the register fits, else a message saying which register to choose.</summary>
    public static string? MismatchMessage(LegalForm legalForm, IdentifierScheme scheme)
    {
        if (!Required.TryGetValue(legalForm, out var schemes) || schemes.Contains(scheme))
        {
            return null;
        }

        var names = string.Join(", ", schemes[..^1].Select(s => s.Title));
        names = names.Length == 0 ? schemes[^1].Title : $"{names} or {schemes[^1].Title}";
        var choose = schemes.Length == 1 ? schemes[0].Title : "one of these";
        return $"{Article(legalForm)} {Lower(legalForm)} is registered with {names}: select {choose}";
    }

    public static string KindMismatchMessage(OrganisationKind kind) => kind == OrganisationKind.Buyer
        ? "Select a register for public bodies, such as a local authority register, the NHS Organisation Data Service or Companies House"
        : "Select a register for providers, such as the Charity Commission, Companies House or the Mutuals Public Register";

    private static string Lower(LegalForm legalForm)
    {
        var name = legalForm.DisplayName();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string Article(LegalForm legalForm) =>
        "AEIOU".Contains(legalForm.DisplayName()[0]) ? "An" : "A";
}
