using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCommissioning.OpenData;

/// <summary>
/// One portal that offered a release, recorded once however often it offers it again. A release is stored once;
/// its sightings say everywhere it was published, so a notice can list and link to each original.
/// </summary>
public sealed class ReleaseSighting
{
    public long Id { get; init; }
    public required string Ocid { get; init; }
    public required string ReleaseId { get; init; }
    /// <summary>The name of the portal, as its harvesting source is named.</summary>
    public required string Source { get; init; }
    /// <summary>The notice's address on that portal, when the portal or the release gives one.</summary>
    public string? Url { get; init; }
    public required DateTimeOffset FirstSeenAt { get; init; }
}

internal sealed class ReleaseSightingConfiguration : IEntityTypeConfiguration<ReleaseSighting>
{
    public void Configure(EntityTypeBuilder<ReleaseSighting> sighting)
    {
        sighting.ToTable("release_sightings");
        sighting.HasKey(s => s.Id);
        sighting.Property(s => s.Id).ValueGeneratedOnAdd();
        sighting.Property(s => s.Ocid).HasMaxLength(200);
        sighting.Property(s => s.ReleaseId).HasMaxLength(300);
        sighting.Property(s => s.Source).HasMaxLength(100);
        sighting.Property(s => s.Url).HasMaxLength(1000);
        sighting.HasIndex(s => new { s.Ocid, s.ReleaseId, s.Source }).IsUnique();
    }
}

/// <summary>Where a notice can be read on a portal: the portal's name and, when known, the notice's address there.</summary>
public sealed record NoticeSource(string Ocid, string Source, string? Url);
