using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCommissioning.Platform.Jobs;

/// <summary>
/// A piece of background work, stored so that it survives a restart and runs once even when several instances
/// share the database. A worker claims it by setting <see cref="LockedUntil"/>; a claim that lapses (the worker
/// died) lets another worker take it.
/// </summary>
public sealed class Job
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Kind { get; init; }
    public required string Payload { get; init; }
    public DateTimeOffset RunAfter { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public int Attempts { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public string? LockedBy { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? FailedAt { get; set; }
    public string? LastError { get; set; }
}

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> job)
    {
        job.ToTable("jobs");
        job.Property(j => j.Kind).HasMaxLength(100);
        job.Property(j => j.LockedBy).HasMaxLength(100);
        job.Property(j => j.LastError).HasMaxLength(4000);
        job.HasIndex(j => new { j.CompletedAt, j.FailedAt, j.RunAfter });
    }
}
