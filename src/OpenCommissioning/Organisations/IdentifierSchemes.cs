using System.Text.RegularExpressions;
using static OpenCommissioning.Organisations.OrganisationKind;

namespace OpenCommissioning.Organisations;

/// <summary>
/// The registers this service accepts numbers from, with their formats. Formats follow each register's
/// org-id.guide entry (copied in Registers/); a test keeps codes and names in step with those files.
/// </summary>
public static class IdentifierSchemes
{
    public static IdentifierScheme CharityCommission { get; } = new(
        "GB-CHC", "the Charity Commission for England and Wales", "Charity Commission/Comisiwn Elusennau", "Charity Commission number", "1123456",
        "Enter a Charity Commission number of 6 or 7 digits, like 1123456, or with a subsidiary number, like 1123456-1",
        [Provider], Matching(@"^\d{6,7}(-\d{1,2})?$"));

    public static IdentifierScheme ScottishCharityRegister { get; } = new(
        "GB-SC", "the Scottish Charity Regulator (OSCR)", "Scottish Charity Register", "Scottish charity number", "SC012345",
        "Enter a Scottish charity number of SC and 6 digits, like SC012345",
        [Provider], typed => Matching(@"^SC\d{6}$")(Regex.IsMatch(typed, @"^\d{6}$") ? "SC" + typed : typed));

    public static IdentifierScheme NorthernIrelandCharityCommission { get; } = new(
        "GB-NIC", "the Charity Commission for Northern Ireland", "The Charity Commission for Northern Ireland", "Northern Ireland charity number", "100019",
        "Enter a Northern Ireland charity number of 6 digits starting 10, like 100019",
        [Provider], typed => Matching(@"^10\d{4}$")(typed.StartsWith("NIC", StringComparison.Ordinal) ? typed[3..] : typed));

    public static IdentifierScheme CompaniesHouse { get; } = new(
        "GB-COH", "Companies House", "Companies House", "company number", "09506232",
        "Enter a company number of 8 digits, like 09506232, or a Companies House prefix such as SC, NI or OC and 6 digits, like SC123456",
        [Buyer, Provider], CompaniesHouseNumbers.ToCanonical, CompaniesHouseNumbers.ExplainUnknownPrefix);

    public static IdentifierScheme MutualsPublicRegister { get; } = new(
        "GB-MPR", "the Mutuals Public Register", "Mutuals Public Register", "Mutuals Public Register number", "31455R",
        "Enter a Mutuals Public Register number of up to 6 digits and its letter, like 31455R or 235C, or IP and 6 digits, like IP031455",
        [Provider], Matching(@"^(\d{1,6}[A-Z]{0,2}|(IP|RS|SP|NP)\d{6})$"));

    public static IdentifierScheme LocalAuthorityEngland { get; } = LocalAuthority(
        "GB-LAE", "the register of local authorities in England", "Local Authorities for England Register", "WOT");

    public static IdentifierScheme LocalAuthorityScotland { get; } = LocalAuthority(
        "GB-LAS", "the register of local authorities in Scotland", "Scottish Local Authority Register", "ZET");

    public static IdentifierScheme LocalAuthorityWales { get; } = LocalAuthority(
        "GB-PLA", "the register of principal local authorities in Wales", "Principal Local Authority Register for Wales", "AGY");

    public static IdentifierScheme LocalAuthorityNorthernIreland { get; } = LocalAuthority(
        "GB-LANI", "the register of local authorities in Northern Ireland", "Local authorities for Northern Ireland register", "BFS");

    public static IdentifierScheme NhsOrganisationDataService { get; } = new(
        "GB-NHS", "the NHS Organisation Data Service", "NHS Digital - Organisation Data Service", "NHS organisation (ODS) code", "RAX",
        "Enter an NHS organisation (ODS) code of 3 to 6 letters and numbers, like RAX or 01F",
        [Buyer, Provider], Matching(@"^[A-Z0-9]{3,6}$"));

    public static IdentifierScheme GovernmentOrganisationRegister { get; } = new(
        "GB-GOR", "the Government Organisation Register", "Government Organisation Register", "government organisation code", "D1198",
        "Enter a government organisation code of 1 or 2 letters and 3 or 4 digits, like D1198 or EA1113",
        [Buyer], Matching(@"^[A-Z]{1,2}\d{3,4}$"));

    public static IdentifierScheme SchoolsRegister { get; } = new(
        "GB-EDU", "the Register of Schools", "Register of Schools (England and Wales)", "school unique reference number (URN)", "125554",
        "Enter a school unique reference number (URN) of 6 digits, like 125554",
        [Buyer, Provider], Matching(@"^\d{6}$"));

    public static IdentifierScheme LearningProvidersRegister { get; } = new(
        "GB-UKPRN", "the UK Register of Learning Providers", "UK Register of Learning Providers", "UK provider reference number (UKPRN)", "10000346",
        "Enter a UK provider reference number (UKPRN) of 8 digits starting 1, like 10000346",
        [Buyer, Provider], Matching(@"^1\d{7}$"));

    /// <summary>Every accepted scheme, in the order a form lists them.</summary>
    public static IReadOnlyList<IdentifierScheme> All { get; } =
    [
        CharityCommission, ScottishCharityRegister, NorthernIrelandCharityCommission, CompaniesHouse,
        MutualsPublicRegister, LocalAuthorityEngland, LocalAuthorityScotland, LocalAuthorityWales,
        LocalAuthorityNorthernIreland, NhsOrganisationDataService, GovernmentOrganisationRegister,
        SchoolsRegister, LearningProvidersRegister,
    ];

    /// <summary>Schemes whose registration makes an organisation a registered charity.</summary>
    public static IReadOnlyList<IdentifierScheme> CharityRegisters { get; } =
        [CharityCommission, ScottishCharityRegister, NorthernIrelandCharityCommission];

    public static IEnumerable<IdentifierScheme> UsableBy(OrganisationKind kind) =>
        All.Where(s => s.IsUsableBy(kind));

    public static IdentifierScheme? Find(string? code)
    {
        var normalised = IdentifierScheme.Normalise(code);
        return All.FirstOrDefault(s => s.Code == normalised);
    }

    private static IdentifierScheme LocalAuthority(string code, string title, string registerName, string example) => new(
        code, title, registerName, "local authority code", example,
        $"Enter a local authority code of 3 or 4 letters, like {example}",
        [Buyer], Matching(@"^[A-Z]{3,4}$"));

    private static Func<string, string?> Matching(string pattern) =>
        typed => Regex.IsMatch(typed, pattern, RegexOptions.CultureInvariant) ? typed : null;
}
