using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Notices;

/// <summary>What is shown of a document without its bytes.</summary>
public sealed record DocumentSummary(Guid Id, string Title, string DocumentType, string FileName, string MediaType, long Size, DateTimeOffset UploadedAt);

/// <summary>
/// Adds documents to drafts and removes them, each checked by content and recorded with who and when; reads the
/// documents of published notices for the public. The caller's page saves.
/// </summary>
public sealed class NoticeDocuments(AppDbContext db, AuditLog audit, TimeProvider clock, IOptions<NoticeOptions> options)
{
    public const string UploadedAction = "notices.document-uploaded";
    public const string RemovedAction = "notices.document-removed";

    public long MaxBytes => options.Value.MaxDocumentBytes;

    /// <summary>Documents go on drafts of the notices the tender form drafts (amendments included); published ones never change.</summary>
    public static bool Accepts(Notice notice) =>
        notice.Status == NoticeStatus.Draft && DraftTypes.Read(notice.Type.ToString()) is not null;

    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(Guid noticeId, CancellationToken cancellationToken = default) =>
        await db.Set<NoticeDocument>().AsNoTracking().Where(d => d.NoticeId == noticeId)
            .OrderBy(d => d.UploadedAt).ThenBy(d => d.Title)
            .Select(d => new DocumentSummary(d.Id, d.Title, d.DocumentType, d.FileName, d.MediaType, d.Size, d.UploadedAt))
            .ToListAsync(cancellationToken);

    /// <summary>Checks the content and, if it is a document we take, adds it to the draft; otherwise says why not.</summary>
    public (NoticeDocument? Document, string? Error) Add(NoticeInProcurement draft, Guid accountId, string title, string documentType,
        string fileName, byte[] content)
    {
        if (!Accepts(draft.Notice)) throw new InvalidOperationException("Documents can only be added to a draft tender, pipeline or sub-contract notice.");
        var name = DocumentFileName.Clean(fileName);
        var check = DocumentCheck.Check(name, content, MaxBytes);
        if (check.Kind is not { } kind) return (null, check.Error);
        var document = new NoticeDocument
        {
            NoticeId = draft.Notice.Id, Title = title, DocumentType = documentType, FileName = name,
            MediaType = DocumentTypes.MediaType(kind), Size = content.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)), Content = content,
            UploadedAt = clock.GetUtcNow(), UploadedBy = accountId,
        };
        db.Add(document);
        audit.Record(UploadedAction, subject: draft.Procurement.Ocid, detail: $"Document uploaded: {title} ({name})", actorId: accountId);
        return (document, null);
    }

    /// <summary>Removes a document of this draft; a document of any other notice is not found.</summary>
    public async Task<bool> RemoveAsync(NoticeInProcurement draft, Guid documentId, Guid accountId)
    {
        if (!Accepts(draft.Notice)) return false;
        var document = await db.Set<NoticeDocument>().SingleOrDefaultAsync(d => d.Id == documentId && d.NoticeId == draft.Notice.Id);
        if (document is null) return false;
        db.Remove(document);
        audit.Record(RemovedAction, subject: draft.Procurement.Ocid, detail: $"Document removed: {document.Title} ({document.FileName})", actorId: accountId);
        return true;
    }

    /// <summary>A document of this notice, with its bytes, for the buyer's own staff.</summary>
    public Task<NoticeDocument?> OfNoticeAsync(Guid noticeId, Guid documentId, CancellationToken cancellationToken = default) =>
        db.Set<NoticeDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.NoticeId == noticeId, cancellationToken);

    /// <summary>A document that is public: its notice is published, under this very ocid.</summary>
    public Task<NoticeDocument?> PublishedAsync(string ocid, Guid documentId, CancellationToken cancellationToken = default) =>
        (from d in db.Set<NoticeDocument>().AsNoTracking()
         join n in db.Set<Notice>() on d.NoticeId equals n.Id
         join p in db.Set<Procurement>() on n.ProcurementId equals p.Id
         where d.Id == documentId && p.Ocid == ocid && n.Status == NoticeStatus.Published
         select d).SingleOrDefaultAsync(cancellationToken);
}
