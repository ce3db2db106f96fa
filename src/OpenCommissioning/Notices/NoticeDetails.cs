using System.Text.Json.Serialization;

namespace OpenCommissioning.Notices;

/// <summary>What a notice says, checked by <see cref="TenderValidation"/> before it is kept.</summary>
public sealed record NoticeDetails
{
    public string Title { get; init; } = "";

    /// <summary>For pipeline notices: when the buyer expects to go to market.</summary>
    public DateOnly? ApproachToMarket { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyList<string> CpvCodes { get; init; } = [];
    public bool Nationwide { get; init; }
    public IReadOnlyList<string> RegionCodes { get; init; } = [];
    public IReadOnlyList<string> Postcodes { get; init; } = [];
    public NoticeValue Value { get; init; } = new(null, null, null);
    public DateOnly? ContractStart { get; init; }
    public DateOnly? ContractEnd { get; init; }
    public Procedure Procedure { get; init; }
    public IReadOnlyList<LotDetails> Lots { get; init; } = [];

    /// <summary>When bids close, in UTC (typed in UK time).</summary>
    public DateTimeOffset? Deadline { get; init; }
    public bool SuitableForSme { get; init; }
    public bool SuitableForVcse { get; init; }

    /// <summary>Why the tender period is shorter than the minimum; shown on the public notice.</summary>
    public string? ShortPeriodReason { get; init; }
    public ContactPoint Contact { get; init; } = new("", "", "");

    /// <summary>For cancellations: why the procurement stopped.</summary>
    public string? CancellationReason { get; init; }

    /// <summary>For award notices: who won and for how much.</summary>
    public AwardDetails? Award { get; init; }

    /// <summary>For contract notices: the contract signed after the award.</summary>
    public ContractDetails? Contract { get; init; }
}

/// <summary>
/// Who won and for how much. A group of providers bidding together is a consortium: the lead provider is the
/// supplier named first, and <see cref="ConsortiumMembers"/> the others, each a supplier of the award too.
/// </summary>
public sealed record AwardDetails(string SupplierName, string? SupplierIdentifier, decimal Value, DateOnly Date, int? LotNumber)
{
    public const int MaxConsortiumMembers = 10;
    public IReadOnlyList<ConsortiumMember> ConsortiumMembers { get; init; } = [];

    /// <summary>Every provider the award went to, the lead provider first.</summary>
    [JsonIgnore] // worked out from the fields above, never stored
    public IReadOnlyList<ConsortiumMember> Suppliers => AwardSection.Winners(SupplierName, SupplierIdentifier, ConsortiumMembers);
}

/// <summary>A provider awarded a contract together with the lead provider.</summary>
public sealed record ConsortiumMember(string Name, string? Identifier);

/// <summary>
/// The signed contract: which award it follows (the award notice's id), its value and its dates. Its suppliers are
/// the award's: the lead provider and, when a consortium won, <see cref="ConsortiumMembers"/>.
/// </summary>
public sealed record ContractDetails(Guid AwardNoticeId, string SupplierName, string? SupplierIdentifier, decimal Value,
    DateOnly Start, DateOnly End, DateOnly DateSigned)
{
    public IReadOnlyList<ConsortiumMember> ConsortiumMembers { get; init; } = [];

    /// <summary>Every supplier of the contract, the lead provider first.</summary>
    [JsonIgnore] // worked out from the fields above, never stored
    public IReadOnlyList<ConsortiumMember> Suppliers => AwardSection.Winners(SupplierName, SupplierIdentifier, ConsortiumMembers);
}

/// <summary>A value in pounds: one amount, a range, or not known (all null) — never silently zero.</summary>
public sealed record NoticeValue(decimal? Amount, decimal? Minimum, decimal? Maximum)
{
    public bool IsKnown => Amount is not null || Minimum is not null || Maximum is not null;
}

/// <summary>A part of the tender bid for and awarded on its own, with the CPV codes of what it buys (none when not given).</summary>
public sealed record LotDetails(string Title, string Description, decimal? Value, bool SuitableForSme, bool SuitableForVcse)
{
    /// <summary>Its own codes only: a lot without any takes none from the notice. Lots stored before lots had codes read as none.</summary>
    public IReadOnlyList<string> CpvCodes { get; init; } = [];

    // A record compares lists by reference; two readings of one stored lot must still be the same lot.
    public bool Equals(LotDetails? other) =>
        other is not null && Title == other.Title && Description == other.Description && Value == other.Value
        && SuitableForSme == other.SuitableForSme && SuitableForVcse == other.SuitableForVcse && CpvCodes.SequenceEqual(other.CpvCodes);

    public override int GetHashCode() => HashCode.Combine(Title, Description, Value, SuitableForSme, SuitableForVcse, CpvCodes.Count);
}

public sealed record ContactPoint(string Name, string Email, string Phone);
