using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCommissioning.Platform.Audit;

/// <summary>One thing that happened that someone may later need to account for: who, what, when and from where.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string Action { get; init; }
    public Guid? ActorId { get; init; }
    public string? ActorEmail { get; init; }
    public string? Subject { get; init; }
    public string? Detail { get; init; }
    public string? IpAddress { get; init; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_entries");
        entry.Property(e => e.Action).HasMaxLength(80);
        entry.Property(e => e.ActorEmail).HasMaxLength(256);
        entry.Property(e => e.Subject).HasMaxLength(200);
        entry.Property(e => e.Detail).HasMaxLength(2000);
        entry.Property(e => e.IpAddress).HasMaxLength(64);
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.ActorId, e.At });
    }
}
