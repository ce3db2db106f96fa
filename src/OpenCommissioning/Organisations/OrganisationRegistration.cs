namespace OpenCommissioning.Organisations;

/// <summary>Registration details that passed every check, typed and normalised, ready for <see cref="Organisation.Register"/>.</summary>
public sealed record OrganisationRegistration(
    OrganisationKind Kind,
    string Name,
    LegalForm LegalForm,
    OrganisationIdentifier? Identifier,
    int? StaffCount,
    decimal? AnnualTurnover,
    decimal? BalanceSheetTotal,
    OrganisationAddress RegisteredAddress,
    string? Website);
