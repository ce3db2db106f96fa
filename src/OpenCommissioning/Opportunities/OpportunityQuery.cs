namespace OpenCommissioning.Opportunities;

public enum OpportunitySort { Relevance, ClosingSoonest, Newest, Value }

/// <summary>
/// What someone is looking for. Every filter is optional; lists mean "any of these". Dates are UK calendar days,
/// both ends included. A value range keeps notices with no value unless <see cref="IncludeNoValue"/> is false:
/// dropping them silently is what people complain of elsewhere.
/// </summary>
public sealed record OpportunityQuery
{
    public string? Keywords { get; init; }
    public IReadOnlyList<NoticeType> NoticeTypes { get; init; } = [];
    public IReadOnlyList<OpportunityStatus> Statuses { get; init; } = [];
    /// <summary>8-digit CPV codes; each includes the codes beneath it.</summary>
    public IReadOnlyList<string> CpvCodes { get; init; } = [];
    /// <summary>Region codes (nations, NUTS); each includes its sub-regions.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];
    public decimal? ValueFrom { get; init; }
    public decimal? ValueTo { get; init; }
    public bool IncludeNoValue { get; init; } = true;
    public DateOnly? PublishedFrom { get; init; }
    public DateOnly? PublishedTo { get; init; }
    public DateOnly? ClosingFrom { get; init; }
    public DateOnly? ClosingTo { get; init; }
    public bool SuitableForSme { get; init; }
    public bool SuitableForVcse { get; init; }
    public bool SubContractsOnly { get; init; }
    /// <summary>Contracts only, grants only, or both (null).</summary>
    public OpportunityKind? Kind { get; init; }
    /// <summary>A buyer's organisation identifier (exact) or part of its name.</summary>
    public string? Buyer { get; init; }
    public OpportunitySort Sort { get; init; } = OpportunitySort.Relevance;

    public static OpportunityQuery Everything { get; } = new();
}
