namespace OpenCommissioning.Organisations;

/// <summary>
/// What someone typed into the register-an-organisation form, kept as typed (numbers as text) so a page can
/// show the values back beside the error messages.
/// </summary>
public sealed class OrganisationRegistrationInput
{
    public OrganisationKind? Kind { get; set; }

    public string? Name { get; set; }

    public LegalForm? LegalForm { get; set; }

    /// <summary>The org-id code of the register chosen, like "GB-CHC".</summary>
    public string? Scheme { get; set; }

    /// <summary>The registration number typed for that register.</summary>
    public string? Number { get; set; }

    public string? StaffCount { get; set; }

    public string? AnnualTurnover { get; set; }

    public string? BalanceSheetTotal { get; set; }

    public string? AddressLine1 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public string? Website { get; set; }
}
