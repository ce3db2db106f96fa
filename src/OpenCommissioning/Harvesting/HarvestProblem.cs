using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCommissioning.Harvesting;

/// <summary>Something that went wrong, or was repaired, while reading a source; the source page shows the latest.</summary>
public sealed class HarvestProblem
{
    public long Id { get; init; }
    public Guid SourceId { get; init; }
    public DateTimeOffset At { get; init; }
    /// <summary>False for a repair the harvester made and went on (a mislabelled encoding, say).</summary>
    public bool IsError { get; init; }
    public required string Message { get; init; }
}

internal sealed class HarvestProblemConfiguration : IEntityTypeConfiguration<HarvestProblem>
{
    public void Configure(EntityTypeBuilder<HarvestProblem> problem)
    {
        problem.ToTable("harvest_problems");
        problem.Property(p => p.Message).HasMaxLength(2000);
        problem.HasIndex(p => new { p.SourceId, p.At });
        problem.HasOne<HarvestSource>().WithMany().HasForeignKey(p => p.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
