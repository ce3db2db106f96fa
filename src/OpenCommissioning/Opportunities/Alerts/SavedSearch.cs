using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCommissioning.Opportunities.Alerts;

public enum AlertFrequency { Instant, Daily, Off }

/// <summary>A search someone keeps, as its query string, with how often they want to hear of new notices.</summary>
public sealed class SavedSearch
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AccountId { get; init; }
    public required string Name { get; set; }
    /// <summary>The search's query string (see OpportunityQueryString), so it opens exactly as it was saved.</summary>
    public required string QueryString { get; init; }
    public AlertFrequency Frequency { get; set; }
    /// <summary>Only notices first seen after this are news to the saver; the backlog is in the search itself.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>
/// One notice told to one saved search. Written in the same transaction as the email's job, and unique per search
/// and notice, so a notice is told once however often the alert jobs run and however many instances run them.
/// </summary>
public sealed class SentAlert
{
    public long Id { get; init; }
    public Guid SavedSearchId { get; init; }
    public required string Ocid { get; init; }
    public DateTimeOffset SentAt { get; init; }
}

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> search)
    {
        search.ToTable("saved_searches");
        search.Property(s => s.Name).HasMaxLength(100);
        search.Property(s => s.QueryString).HasMaxLength(4000);
        search.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(20);
        search.HasIndex(s => s.AccountId);
        search.HasIndex(s => s.Frequency);
        search.HasOne<Accounts.Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SentAlertConfiguration : IEntityTypeConfiguration<SentAlert>
{
    public void Configure(EntityTypeBuilder<SentAlert> sent)
    {
        sent.ToTable("sent_alerts");
        sent.Property(s => s.Id).ValueGeneratedOnAdd();
        sent.Property(s => s.Ocid).HasMaxLength(200);
        sent.HasIndex(s => new { s.SavedSearchId, s.Ocid }).IsUnique();
        sent.HasOne<SavedSearch>().WithMany().HasForeignKey(s => s.SavedSearchId).OnDelete(DeleteBehavior.Cascade);
    }
}
