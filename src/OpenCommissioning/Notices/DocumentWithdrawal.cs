using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCommissioning.Notices;

/// <summary>
/// An amendment's choice to withdraw a document published with an earlier notice of the same procurement. It
/// belongs to the amendment: while the amendment is a draft nothing changes for the public, and once it is
/// published the document is withdrawn as of the amendment's publication. The document itself is never changed
/// or deleted, so what was published stays provable.
/// </summary>
public sealed class DocumentWithdrawal
{
    public const int ReasonMaxLength = 500;

    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The amendment that withdraws the document.</summary>
    public Guid NoticeId { get; init; }
    public Guid DocumentId { get; init; }

    /// <summary>Why it is withdrawn; shown to the public beside the document and carried by the release.</summary>
    public string Reason { get; init; } = "";
    public DateTimeOffset ChosenAt { get; init; }
    public Guid ChosenBy { get; init; }
}

internal sealed class DocumentWithdrawalConfiguration : IEntityTypeConfiguration<DocumentWithdrawal>
{
    public void Configure(EntityTypeBuilder<DocumentWithdrawal> withdrawal)
    {
        withdrawal.ToTable("document_withdrawals");
        withdrawal.Property(w => w.Reason).HasMaxLength(DocumentWithdrawal.ReasonMaxLength);
        withdrawal.HasIndex(w => new { w.NoticeId, w.DocumentId }).IsUnique();
        withdrawal.HasIndex(w => w.DocumentId);
        withdrawal.HasOne<Notice>().WithMany().HasForeignKey(w => w.NoticeId).OnDelete(DeleteBehavior.Cascade);
        withdrawal.HasOne<NoticeDocument>().WithMany().HasForeignKey(w => w.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
