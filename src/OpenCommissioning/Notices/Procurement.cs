using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCommissioning.Organisations;

namespace OpenCommissioning.Notices;

/// <summary>
/// One contracting process of a buyer, known to open data by its ocid. Its notices follow one another; the
/// procurement itself only says whose it is and under which ocid everything about it is published.
/// </summary>
public sealed class Procurement
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid OrganisationId { get; init; }
    public string Ocid { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public Guid CreatedBy { get; init; }

    /// <summary>The ocid of the contract this one sub-contracts, for sub-contract opportunities; fixed once published.</summary>
    public string? ParentOcid { get; set; }

    public List<Notice> Notices { get; init; } = [];

    public static string NewOcid(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}

internal sealed class ProcurementConfiguration : IEntityTypeConfiguration<Procurement>
{
    public void Configure(EntityTypeBuilder<Procurement> procurement)
    {
        procurement.ToTable("procurements");
        procurement.Property(p => p.Ocid).HasMaxLength(100);
        procurement.Property(p => p.ParentOcid).HasMaxLength(100);
        procurement.HasIndex(p => p.Ocid).IsUnique();
        procurement.HasIndex(p => p.OrganisationId);
        procurement.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        procurement.HasMany(p => p.Notices).WithOne().HasForeignKey(n => n.ProcurementId).OnDelete(DeleteBehavior.Cascade);
    }
}
