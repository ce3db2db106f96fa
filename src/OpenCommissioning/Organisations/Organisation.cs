namespace OpenCommissioning.Organisations;

/// <summary>
/// A buyer or provider registered with the service. VCSE status and SME size are derived on read from
/// legal form, registrations and figures, never stored, so they cannot drift from the facts behind them.
/// </summary>
public sealed class Organisation
{
    public const int NameMaxLength = 160;
    public const int WebsiteMaxLength = 300;

    private readonly List<OrganisationIdentifier> identifiers = [];

    public Organisation(Guid id, string name, OrganisationKind kind, LegalForm legalForm, DateTimeOffset createdAt)
    {
        Id = id;
        Name = CheckedName(name);
        Kind = kind;
        LegalForm = CheckedLegalForm(legalForm, kind);
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public OrganisationKind Kind { get; private set; }

    public LegalForm LegalForm { get; private set; }

    public IReadOnlyCollection<OrganisationIdentifier> Identifiers => identifiers.AsReadOnly();

    public int? StaffCount { get; private set; }

    /// <summary>Annual turnover in pounds sterling.</summary>
    public decimal? AnnualTurnover { get; private set; }

    /// <summary>Balance sheet total in pounds sterling.</summary>
    public decimal? BalanceSheetTotal { get; private set; }

    public OrganisationAddress? RegisteredAddress { get; private set; }

    public string? Website { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// The buyer's own shortest tender period, in days, for open (and restricted) procedures; below it a tender
    /// notice must give a reason. Null means the service's default applies, so a change of default reaches it.
    /// </summary>
    public int? OpenMinimumTenderDays { get; private set; }

    /// <summary>The buyer's own shortest tender period for below-threshold procurements; null means the service's default.</summary>
    public int? BelowThresholdMinimumTenderDays { get; private set; }

    public VcseDerivation Vcse => VcseDerivation.Derive(LegalForm, Identifiers);

    public SmeDerivation Sme => SmeDerivation.Derive(StaffCount, AnnualTurnover, BalanceSheetTotal);

    /// <summary>Builds an organisation from registration details the validator has accepted.</summary>
    public static Organisation Register(OrganisationRegistration registration, Guid id, DateTimeOffset createdAt)
    {
        var organisation = new Organisation(id, registration.Name, registration.Kind, registration.LegalForm, createdAt);
        if (registration.Identifier is not null)
        {
            organisation.AddIdentifier(registration.Identifier);
        }

        organisation.SetSize(registration.StaffCount, registration.AnnualTurnover, registration.BalanceSheetTotal);
        organisation.SetRegisteredAddress(registration.RegisteredAddress);
        organisation.Website = registration.Website;
        return organisation;
    }

    public void AddIdentifier(OrganisationIdentifier identifier)
    {
        if (!identifier.Register.IsUsableBy(Kind))
        {
            throw new InvalidOperationException($"A {Kind.ToString().ToLowerInvariant()} cannot use {identifier.Scheme}.");
        }

        if (!identifiers.Contains(identifier))
        {
            identifiers.Add(identifier);
        }
    }

    public void SetRegisteredAddress(OrganisationAddress address) =>
        RegisteredAddress = address ?? throw new ArgumentNullException(nameof(address));

    public void SetSize(int? staffCount, decimal? annualTurnover, decimal? balanceSheetTotal)
    {
        if (staffCount < 0 || annualTurnover < 0 || balanceSheetTotal < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(staffCount), "Staff and money figures cannot be negative.");
        }

        StaffCount = staffCount;
        AnnualTurnover = annualTurnover;
        BalanceSheetTotal = balanceSheetTotal;
    }

    /// <summary>
    /// Sets the buyer's own shortest tender periods (null to use the service's defaults). A figure below the law's
    /// is the buyer's own decision, so only the bounds of a sensible whole number of days are checked.
    /// </summary>
    public void SetMinimumTenderDays(int? open, int? belowThreshold)
    {
        if (Kind != OrganisationKind.Buyer)
        {
            throw new InvalidOperationException("Only a buyer publishes tender notices, so only a buyer sets tender periods.");
        }

        // Both are checked before either is kept, so a refused change leaves the old figures whole.
        var checkedOpen = CheckedTenderDays(open, nameof(open));
        BelowThresholdMinimumTenderDays = CheckedTenderDays(belowThreshold, nameof(belowThreshold));
        OpenMinimumTenderDays = checkedOpen;
    }

    private static int? CheckedTenderDays(int? days, string name) =>
        days is null or (>= TenderPeriodDays.Shortest and <= TenderPeriodDays.Longest)
            ? days
            : throw new ArgumentOutOfRangeException(name, $"A tender period must be {TenderPeriodDays.Shortest} to {TenderPeriodDays.Longest} days.");

    private static string CheckedName(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length is > 0 and <= NameMaxLength
            ? trimmed
            : throw new ArgumentException($"Name must be 1 to {NameMaxLength} characters.", nameof(name));
    }

    private static LegalForm CheckedLegalForm(LegalForm legalForm, OrganisationKind kind) =>
        legalForm.AllowedFor(kind)
            ? legalForm
            : throw new ArgumentException("A buyer must be a public body.", nameof(legalForm));
}
