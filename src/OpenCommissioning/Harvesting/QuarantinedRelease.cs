using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCommissioning.Harvesting;

/// <summary>
/// A release that could not be stored, kept as received with the reasons, so that nothing harvested is silently
/// dropped. The fingerprint (SHA-256 of the text) keeps a page read twice from quarantining the same release twice.
/// </summary>
public sealed class QuarantinedRelease
{
    public long Id { get; init; }
    /// <summary>The source's name, or the file's for an import.</summary>
    public required string Source { get; init; }
    public string? Ocid { get; init; }
    public string? ReleaseId { get; init; }
    public required string RawText { get; init; }
    /// <summary>One finding a line: "path: message".</summary>
    public required string Findings { get; init; }
    public required string Fingerprint { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
}

internal sealed class QuarantinedReleaseConfiguration : IEntityTypeConfiguration<QuarantinedRelease>
{
    public void Configure(EntityTypeBuilder<QuarantinedRelease> release)
    {
        release.ToTable("quarantined_releases");
        release.Property(r => r.Source).HasMaxLength(300);
        release.Property(r => r.Ocid).HasMaxLength(200);
        release.Property(r => r.ReleaseId).HasMaxLength(300);
        release.Property(r => r.Fingerprint).HasMaxLength(64);
        release.HasIndex(r => new { r.Source, r.Fingerprint }).IsUnique();
        release.HasIndex(r => r.ReceivedAt);
    }
}
