using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Notices;

/// <summary>A document an amendment withdraws, as the amendment's release and the public read it.</summary>
public sealed record WithdrawnDocument(Guid DocumentId, string Title, string Reason, DateTimeOffset? WithdrawnAt);

/// <summary>
/// Withdraws published documents through amendments: which documents an amendment may withdraw, recording its
/// choice (who, when, why), and which documents of a procurement are withdrawn for the public. The caller saves.
/// </summary>
public sealed class DocumentWithdrawals(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string ChosenAction = "notices.document-withdrawal-chosen";
    public const string WithdrawnAction = "notices.document-withdrawn";

    /// <summary>The documents an amendment of this procurement can withdraw: those of its published notices still public.</summary>
    public async Task<IReadOnlyList<DocumentSummary>> WithdrawableAsync(Procurement procurement, CancellationToken cancellationToken = default)
    {
        var published = procurement.Notices.Where(n => n.Status == NoticeStatus.Published).Select(n => n.Id).ToList();
        var withdrawn = await WithdrawnIdsAsync(published, cancellationToken);
        var documents = await db.Set<NoticeDocument>().AsNoTracking().Where(d => published.Contains(d.NoticeId))
            .Select(d => new DocumentSummary(d.Id, d.Title, d.DocumentType, d.FileName, d.MediaType, d.Size, d.UploadedAt))
            .ToListAsync(cancellationToken);
        return documents.Where(d => !withdrawn.Contains(d.Id)).OrderBy(d => d.UploadedAt).ThenBy(d => d.Title).ToList();
    }

    /// <summary>Records that the amendment draft withdraws these documents, which the page has checked are withdrawable.</summary>
    public void Choose(NoticeInProcurement amendment, IReadOnlyList<DocumentSummary> documents, string reason, Guid accountId)
    {
        if (!amendment.Notice.IsAmendment || amendment.Notice.Status != NoticeStatus.Draft)
            throw new InvalidOperationException("Only a draft amendment can withdraw documents.");
        var now = clock.GetUtcNow();
        foreach (var document in documents)
        {
            db.Add(new DocumentWithdrawal { NoticeId = amendment.Notice.Id, DocumentId = document.Id, Reason = reason, ChosenAt = now, ChosenBy = accountId });
            audit.Record(ChosenAction, subject: amendment.Procurement.Ocid, detail: $"Document to be withdrawn: {document.Title} ({reason})", actorId: accountId);
        }
    }

    /// <summary>What this notice withdraws; for a draft, what it will withdraw once published (with no date yet).</summary>
    public async Task<IReadOnlyList<WithdrawnDocument>> OfNoticeAsync(Notice notice, CancellationToken cancellationToken = default)
    {
        var rows = await (from w in db.Set<DocumentWithdrawal>().AsNoTracking()
                          join d in db.Set<NoticeDocument>() on w.DocumentId equals d.Id
                          where w.NoticeId == notice.Id
                          select new { d.Id, d.Title, w.Reason }).ToListAsync(cancellationToken);
        return rows.Select(r => new WithdrawnDocument(r.Id, r.Title, r.Reason, notice.PublishedAt)).OrderBy(r => r.Title).ToList();
    }

    /// <summary>The withdrawn documents of a procurement, for anyone: only amendments that are published count.</summary>
    public async Task<IReadOnlyList<WithdrawnDocument>> PublishedAsync(string ocid, CancellationToken cancellationToken = default)
    {
        var rows = await (from w in db.Set<DocumentWithdrawal>().AsNoTracking()
                          join n in db.Set<Notice>() on w.NoticeId equals n.Id
                          join p in db.Set<Procurement>() on n.ProcurementId equals p.Id
                          join d in db.Set<NoticeDocument>() on w.DocumentId equals d.Id
                          where p.Ocid == ocid && n.Status == NoticeStatus.Published
                          select new { d.Id, d.Title, w.Reason, n.PublishedAt }).ToListAsync(cancellationToken);
        // Two amendments drafted side by side may both withdraw a document: the first to be published is when it went.
        return rows.GroupBy(r => r.Id).Select(g => g.OrderBy(r => r.PublishedAt).First())
            .Select(r => new WithdrawnDocument(r.Id, r.Title, r.Reason, r.PublishedAt)).OrderBy(r => r.WithdrawnAt).ThenBy(r => r.Title).ToList();
    }

    /// <summary>One withdrawn document of this procurement, or null if it is not withdrawn (or not of this procurement).</summary>
    public async Task<WithdrawnDocument?> PublishedAsync(string ocid, Guid documentId, CancellationToken cancellationToken = default) =>
        (await PublishedAsync(ocid, cancellationToken)).FirstOrDefault(w => w.DocumentId == documentId);

    private async Task<HashSet<Guid>> WithdrawnIdsAsync(IReadOnlyList<Guid> publishedNotices, CancellationToken cancellationToken) =>
        (await db.Set<DocumentWithdrawal>().AsNoTracking().Where(w => publishedNotices.Contains(w.NoticeId))
            .Select(w => w.DocumentId).ToListAsync(cancellationToken)).ToHashSet();
}
