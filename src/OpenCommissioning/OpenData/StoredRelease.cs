using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCommissioning.OpenData;

/// <summary>
/// One OCDS release, stored once and never changed: a correction is a new release. Our own publications and the
/// releases harvested from other portals live side by side, told apart by <see cref="Source"/>.
/// </summary>
public sealed class StoredRelease
{
    /// <summary>The order releases were stored in: the cursor of the data API, stable across pages.</summary>
    public long Sequence { get; init; }
    public required string Ocid { get; init; }
    public required string ReleaseId { get; init; }
    public required DateTimeOffset Date { get; init; }
    /// <summary>The release's tags joined with spaces, for filtering by stage.</summary>
    public required string Tags { get; init; }
    public required string Json { get; init; }
    public required DateTimeOffset StoredAt { get; init; }
    /// <summary>Null for releases this service published; otherwise the name of the portal it was drawn from.</summary>
    public string? Source { get; init; }
    public string? PublisherName { get; init; }
}

internal sealed class StoredReleaseConfiguration : IEntityTypeConfiguration<StoredRelease>
{
    public void Configure(EntityTypeBuilder<StoredRelease> release)
    {
        release.ToTable("releases");
        release.HasKey(r => r.Sequence);
        release.Property(r => r.Sequence).ValueGeneratedOnAdd();
        release.Property(r => r.Ocid).HasMaxLength(200);
        release.Property(r => r.ReleaseId).HasMaxLength(300);
        release.Property(r => r.Tags).HasMaxLength(300);
        release.Property(r => r.Source).HasMaxLength(100);
        release.Property(r => r.PublisherName).HasMaxLength(300);
        release.HasIndex(r => new { r.Ocid, r.ReleaseId }).IsUnique();
        release.HasIndex(r => r.Date);
        // Ocid then sequence: a search's releases are found, and their page chosen, from the index alone.
        release.HasIndex(r => new { r.Ocid, r.Sequence });
    }
}
