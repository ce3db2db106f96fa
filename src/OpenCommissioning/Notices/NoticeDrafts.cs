using Microsoft.Extensions.Options;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Notices;

/// <summary>
/// Starts and changes drafts: a new procurement with its first tender notice, a change to a draft, an amendment
/// or a cancellation of what was published. Each records who and when; the caller's page saves.
/// </summary>
public sealed class NoticeDrafts(AppDbContext db, AuditLog audit, TimeProvider clock, IOptions<NoticeOptions> options)
{
    public const string DraftedAction = "notices.drafted";

    public Notice StartTender(Guid organisationId, Guid accountId, NoticeDetails details, NoticeType type = NoticeType.Tender, string? parentOcid = null)
    {
        var now = clock.GetUtcNow();
        var procurement = new Procurement
        {
            OrganisationId = organisationId, Ocid = Procurement.NewOcid(options.Value.OcidPrefix), CreatedAt = now, CreatedBy = accountId,
            ParentOcid = type == NoticeType.SubContractOpportunity ? parentOcid?.Trim() : null,
        };
        var notice = new Notice { ProcurementId = procurement.Id, Type = type, CreatedAt = now, CreatedBy = accountId, Details = details };
        procurement.Notices.Add(notice);
        db.Add(procurement);
        audit.Record(DraftedAction, subject: procurement.Ocid, detail: $"{type.DisplayName()} drafted: {details.Title}", actorId: accountId);
        return notice;
    }

    public static void Change(Notice draft, NoticeDetails details) => draft.Details = details;

    /// <summary>A draft that will replace what <paramref name="published"/> says once it is published.</summary>
    public Notice StartAmendment(NoticeInProcurement published, Guid accountId, NoticeDetails details, string rationale)
    {
        var notice = new Notice
        {
            ProcurementId = published.Procurement.Id, Type = published.Notice.Type, AmendsNoticeId = published.Notice.Id,
            AmendmentRationale = rationale, CreatedAt = clock.GetUtcNow(), CreatedBy = accountId, Details = details,
        };
        db.Add(notice);
        audit.Record(DraftedAction, subject: published.Procurement.Ocid, detail: $"Amendment drafted: {rationale}", actorId: accountId);
        return notice;
    }

    public Notice StartCancellation(NoticeInProcurement published, Guid accountId, string reason)
    {
        var details = published.Notice.Details with { CancellationReason = reason };
        var notice = new Notice
        {
            ProcurementId = published.Procurement.Id, Type = NoticeType.Cancellation, CreatedAt = clock.GetUtcNow(),
            CreatedBy = accountId, Details = details,
        };
        db.Add(notice);
        return notice;
    }

    public Notice StartAward(NoticeInProcurement published, Guid accountId, AwardDetails award)
    {
        var notice = new Notice
        {
            ProcurementId = published.Procurement.Id, Type = NoticeType.Award, CreatedAt = clock.GetUtcNow(),
            CreatedBy = accountId, Details = published.Notice.Details with { Award = award },
        };
        db.Add(notice);
        return notice;
    }

    /// <summary>A contract notice for a published award: the award's notice stays as it was.</summary>
    public Notice StartContract(NoticeInProcurement award, Guid accountId, ContractDetails contract)
    {
        if (award.Notice.Type != NoticeType.Award || award.Notice.Status != NoticeStatus.Published)
            throw new InvalidOperationException("A contract notice follows a published award notice.");
        var notice = new Notice
        {
            ProcurementId = award.Procurement.Id, Type = NoticeType.Contract, CreatedAt = clock.GetUtcNow(),
            CreatedBy = accountId, Details = award.Notice.Details with { Contract = contract },
        };
        db.Add(notice);
        audit.Record(DraftedAction, subject: award.Procurement.Ocid, detail: $"Contract notice drafted: {contract.SupplierName}", actorId: accountId);
        return notice;
    }

    /// <summary>The published award notices of a procurement, oldest first: what a contract notice can follow.</summary>
    public static IReadOnlyList<Notice> PublishedAwards(Procurement procurement) => NoticeBook.History(procurement)
        .Where(n => n.Type == NoticeType.Award && n.Status == NoticeStatus.Published).ToList();

    /// <summary>The latest published notice of the procurement that is not a cancellation: what an amendment starts from.</summary>
    public static Notice? Current(Procurement procurement) => NoticeBook.History(procurement)
        .LastOrDefault(n => n.Status == NoticeStatus.Published && n.Type != NoticeType.Cancellation);

    /// <summary>
    /// Whether a newer notice of the amendment's own kind was published after it was drafted: it holds the whole notice
    /// as it was, so publishing it would undo that one. Notices of other kinds (an award after a tender) are not overwritten.
    /// </summary>
    public static bool IsStale(Procurement procurement, Notice amendment) =>
        amendment.AmendsNoticeId is { } amended && NoticeBook.History(procurement)
            .LastOrDefault(n => n.Status == NoticeStatus.Published && n.Type == amendment.Type)?.Id != amended;

    /// <summary>Whether the contract details of this award are already published: an award has one contract notice.</summary>
    public static bool IsContractPublished(Procurement procurement, Guid awardNoticeId) =>
        procurement.Notices.Any(n => n.Type == NoticeType.Contract && n.Status == NoticeStatus.Published && n.Details.Contract?.AwardNoticeId == awardNoticeId);

    public static bool IsCancelled(Procurement procurement) =>
        procurement.Notices.Any(n => n.Type == NoticeType.Cancellation && n.Status == NoticeStatus.Published);
}
