using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCommissioning.Opportunities;

/// <summary>The furthest stage a contracting process has reached, read from the tags of its releases.</summary>
public enum NoticeType { Planning, Tender, Award, Contract, Cancellation }

/// <summary>
/// Where an opportunity stands today; open and closed depend on the clock, so they are worked out when asked.
/// Planned is a pipeline notice's: the buyer has said it will come to market, and nobody can bid yet.
/// </summary>
public enum OpportunityStatus { Open, Closed, Awarded, Cancelled, Planned }

/// <summary>Whether a process buys something (a contract) or gives money (a grant, as 360Giving publishes them).</summary>
public enum OpportunityKind { Contract, Grant }

/// <summary>
/// The search projection: one row per contracting process (ocid), rebuilt from its compiled release whenever a
/// release is added. Never the source of truth — the release store is; this row can always be rebuilt.
/// </summary>
public sealed class Opportunity
{
    public required string Ocid { get; init; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string? BuyerId { get; set; }
    public string? BuyerName { get; set; }
    public NoticeType NoticeType { get; set; }
    public decimal? ValueAmount { get; set; }
    public string? ValueCurrency { get; set; }
    /// <summary>The value as a number for filters and sorting: SQLite keeps decimals as text, which sorts as text.</summary>
    public double? ValueNumber { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public DateTimeOffset? ClosingAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>When this service first saw the process: alerts are about notices new to us, harvested ones included.</summary>
    public DateTimeOffset FirstIndexedAt { get; set; }
    /// <summary>CPV codes, space-separated with a space at each end, so " 8531" finds every code beneath 85310000.</summary>
    public string CpvCodes { get; set; } = " ";
    /// <summary>Region codes with their ancestors, space-delimited, so a search for a region finds its sub-regions.</summary>
    public string RegionCodes { get; set; } = " ";
    public string Postcodes { get; set; } = "";
    public bool SuitableForSme { get; set; }
    public bool SuitableForVcse { get; set; }
    public bool IsSubContract { get; set; }
    /// <summary>The ocid of the contract a sub-contract opportunity is part of, when its release names one.</summary>
    public string? ParentOcid { get; set; }
    /// <summary>
    /// Set when the row changes and cleared once instant alerts have looked at it: the queue of notices that saved
    /// searches have still to be tested against, kept in the same transaction as the change itself.
    /// </summary>
    public DateTimeOffset? AlertsDueAt { get; set; }
    /// <summary>Null for notices published here; otherwise the portal the releases were drawn from.</summary>
    public string? Source { get; set; }
    public string? SourceUrl { get; set; }

    public OpportunityKind Kind { get; set; }
    /// <summary>For a grant: who received it, who gave it and from which programme (docs/decisions/0004).</summary>
    public string? GrantRecipient { get; set; }
    public string? GrantFunder { get; set; }
    public string? GrantProgramme { get; set; }

    /// <summary>The tender's own identifier, which another portal's release may name to say it is the same notice.</summary>
    public string? TenderId { get; set; }
    /// <summary>The title and buyer name normalised for matching the same notice across portals (docs/decisions/0005).</summary>
    public string MatchTitle { get; set; } = "";
    public string? MatchBuyer { get; set; }
    /// <summary>
    /// The ocid of the notice this one duplicates, when the same opportunity was published on another portal; search
    /// shows only notices that duplicate none. <see cref="DuplicateReason"/> says, in plain words, why they matched.
    /// </summary>
    public string? DuplicateOf { get; set; }
    public string? DuplicateReason { get; set; }

    public OpportunityStatus StatusAt(DateTimeOffset now) => NoticeType switch
    {
        NoticeType.Cancellation => OpportunityStatus.Cancelled,
        NoticeType.Award or NoticeType.Contract => OpportunityStatus.Awarded,
        NoticeType.Planning => OpportunityStatus.Planned,
        _ => ClosingAt > now ? OpportunityStatus.Open : OpportunityStatus.Closed,
    };

    public IEnumerable<string> CpvCodeList => CpvCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> opportunity)
    {
        opportunity.ToTable("opportunities");
        opportunity.HasKey(o => o.Ocid);
        opportunity.Property(o => o.Ocid).HasMaxLength(200);
        opportunity.Property(o => o.Title).HasMaxLength(1000);
        opportunity.Property(o => o.BuyerId).HasMaxLength(300);
        opportunity.Property(o => o.BuyerName).HasMaxLength(500);
        opportunity.Property(o => o.NoticeType).HasConversion<string>().HasMaxLength(20);
        opportunity.Property(o => o.ValueCurrency).HasMaxLength(3);
        opportunity.Property(o => o.CpvCodes).HasMaxLength(2000);
        opportunity.Property(o => o.RegionCodes).HasMaxLength(2000);
        opportunity.Property(o => o.Postcodes).HasMaxLength(2000);
        opportunity.Property(o => o.Source).HasMaxLength(100);
        opportunity.Property(o => o.SourceUrl).HasMaxLength(1000);
        opportunity.Property(o => o.ParentOcid).HasMaxLength(200);
        opportunity.HasIndex(o => o.ParentOcid);
        opportunity.Ignore(o => o.CpvCodeList);
        opportunity.HasIndex(o => o.PublishedAt);
        opportunity.HasIndex(o => o.ClosingAt);
        opportunity.HasIndex(o => o.ValueNumber);
        opportunity.HasIndex(o => o.FirstIndexedAt);
        opportunity.HasIndex(o => o.BuyerId);
        opportunity.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        opportunity.Property(o => o.GrantRecipient).HasMaxLength(500);
        opportunity.Property(o => o.GrantFunder).HasMaxLength(500);
        opportunity.Property(o => o.GrantProgramme).HasMaxLength(500);
        opportunity.Property(o => o.TenderId).HasMaxLength(300);
        opportunity.Property(o => o.MatchTitle).HasMaxLength(1000);
        opportunity.Property(o => o.MatchBuyer).HasMaxLength(500);
        opportunity.Property(o => o.DuplicateOf).HasMaxLength(200);
        opportunity.Property(o => o.DuplicateReason).HasMaxLength(500);
        opportunity.HasIndex(o => o.MatchTitle);
        opportunity.HasIndex(o => o.TenderId);
        opportunity.HasIndex(o => o.DuplicateOf);
        opportunity.HasIndex(o => o.AlertsDueAt);
    }
}
