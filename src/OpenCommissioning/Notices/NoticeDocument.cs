using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCommissioning.Notices;

/// <summary>
/// A document uploaded to a notice. Its bytes are kept in the database beside the notice, so every instance of the
/// service serves the same file and a backup of the database is a backup of the documents. It becomes public when
/// its notice is published, and like the notice it never changes after that.
/// </summary>
public sealed class NoticeDocument
{
    public const int TitleMaxLength = 200;
    public const int FileNameMaxLength = 200;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid NoticeId { get; init; }
    public string Title { get; init; } = "";

    /// <summary>An OCDS documentType code, like "biddingDocuments".</summary>
    public string DocumentType { get; init; } = DocumentTypes.BiddingDocuments;

    /// <summary>The name as uploaded, cleaned of folders and characters no file system accepts.</summary>
    public string FileName { get; init; } = "";

    /// <summary>The media type of what the content was checked to be, never what the browser claimed.</summary>
    public string MediaType { get; init; } = "";
    public long Size { get; init; }

    /// <summary>Lower-case hex SHA-256 of the content: the download's ETag, and proof of what was published.</summary>
    public string Sha256 { get; init; } = "";
    public byte[] Content { get; init; } = [];
    public DateTimeOffset UploadedAt { get; init; }
    public Guid UploadedBy { get; init; }
}

internal sealed class NoticeDocumentConfiguration : IEntityTypeConfiguration<NoticeDocument>
{
    public void Configure(EntityTypeBuilder<NoticeDocument> document)
    {
        document.ToTable("notice_documents");
        document.Property(d => d.Title).HasMaxLength(NoticeDocument.TitleMaxLength);
        document.Property(d => d.DocumentType).HasMaxLength(60);
        document.Property(d => d.FileName).HasMaxLength(NoticeDocument.FileNameMaxLength);
        document.Property(d => d.MediaType).HasMaxLength(100);
        document.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        document.HasIndex(d => d.NoticeId);
        document.HasOne<Notice>().WithMany().HasForeignKey(d => d.NoticeId).OnDelete(DeleteBehavior.Cascade);
    }
}
