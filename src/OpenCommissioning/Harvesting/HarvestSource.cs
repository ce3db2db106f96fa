using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCommissioning.Harvesting;

/// <summary>
/// A portal whose notices are drawn in on a schedule. The position (<see cref="WindowFrom"/> and
/// <see cref="NextPageUrl"/>) is saved in the same transaction as the releases of the page that moved it, so a run
/// that dies resumes from the last page it committed.
/// </summary>
public sealed class HarvestSource
{
    public const int NameMaxLength = 100;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
    public HarvestSourceKind Kind { get; set; }
    public required string BaseUrl { get; set; }
    public DateOnly StartDate { get; set; }
    /// <summary>How long to wait between the end of one run and the start of the next.</summary>
    public int EveryMinutes { get; set; }
    public bool Paused { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The start of the date window being read, for portals queried by date.</summary>
    public DateTimeOffset? WindowFrom { get; set; }
    /// <summary>The next page to read inside the window (the portal's links.next), or null for the window's first page.</summary>
    public string? NextPageUrl { get; set; }

    /// <summary>While a run holds the source, no other run (on this or another instance) may start on it.</summary>
    public DateTimeOffset? RunHeldUntil { get; set; }
    public DateTimeOffset? LastRunStartedAt { get; set; }
    public DateTimeOffset? LastRunEndedAt { get; set; }
    public string? LastRunOutcome { get; set; }
    public DateTimeOffset? NextRunAt { get; set; }
    /// <summary>The run now due; any other queued run of this source is stale (see <see cref="HarvestSchedule"/>).</summary>
    public Guid? ScheduledRunId { get; set; }

    public long PagesRead { get; set; }
    public long ReleasesAdded { get; set; }
    public long ReleasesAlreadyStored { get; set; }
    public long ReleasesQuarantined { get; set; }
    public DateTimeOffset? NewestReleaseDate { get; set; }
}

internal sealed class HarvestSourceConfiguration : IEntityTypeConfiguration<HarvestSource>
{
    public void Configure(EntityTypeBuilder<HarvestSource> source)
    {
        source.ToTable("harvest_sources");
        source.Property(s => s.Name).HasMaxLength(HarvestSource.NameMaxLength);
        source.HasIndex(s => s.Name).IsUnique();
        source.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
        source.Property(s => s.BaseUrl).HasMaxLength(2000);
        source.Property(s => s.NextPageUrl).HasMaxLength(4000);
        source.Property(s => s.LastRunOutcome).HasMaxLength(1000);
    }
}
