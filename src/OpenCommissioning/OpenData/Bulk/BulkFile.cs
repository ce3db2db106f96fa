using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCommissioning.OpenData.Bulk;

/// <summary>
/// One month's releases (by release date) as gzipped JSON lines, ready to download. Kept in the database so every
/// instance serves the same file; rewritten whenever a release of that month is added.
/// </summary>
public sealed class BulkFile
{
    /// <summary>The month, as yyyy-MM.</summary>
    public required string Month { get; init; }
    public required byte[] Content { get; set; }
    public int Releases { get; set; }
    /// <summary>The compressed size, kept so the listing need not read the files.</summary>
    public long Bytes { get; set; }
    /// <summary>The newest release in the file: a file is current while no release of its month has a later one.</summary>
    public long LastSequence { get; set; }
    public DateTimeOffset GeneratedAt { get; set; }

    public string FileName => $"{Month}.jsonl.gz";
}

internal sealed class BulkFileConfiguration : IEntityTypeConfiguration<BulkFile>
{
    public void Configure(EntityTypeBuilder<BulkFile> file)
    {
        file.ToTable("bulk_files");
        file.HasKey(f => f.Month);
        file.Property(f => f.Month).HasMaxLength(7);
        file.Ignore(f => f.FileName);
    }
}
