using Microsoft.Extensions.Options;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Notices;

public sealed record PublishResult(bool Published, IReadOnlyList<string> Errors)
{
    /// <summary>The id of the form field to change before publishing again (such as "Input_Deadline-day"); null when no change would help.</summary>
    public string? ChangeField { get; init; }

    public static PublishResult Refused(params string[] errors) => new(false, errors);
}

/// <summary>
/// Publishes a draft: checks it still holds (deadline, proportionality), writes its immutable OCDS release, and
/// marks the draft published — all in one SaveChanges, so a refused release leaves the draft a draft.
/// </summary>
public sealed class NoticePublisher(AppDbContext db, ReleaseStore releases, NoticeBook book, NoticeDocuments documents,
    DocumentWithdrawals withdrawals, PublicUrls urls, AuditLog audit, TimeProvider clock, IOptions<NoticeOptions> options)
{
    public const string PublishedAction = "notices.published";

    public const string StaleAmendment = "Another notice of this procurement was published after this amendment was drafted, " +
        "so publishing this one would undo its changes. Nothing was published. Draft a new amendment from the notice as it is now";

    private readonly ParentContractCheck parentCheck = new(releases);

    public async Task<PublishResult> PublishAsync(Guid organisationId, Guid noticeId, Guid accountId, CancellationToken cancellationToken = default)
    {
        var found = await book.FindAsync(organisationId, noticeId);
        if (found is null) return PublishResult.Refused("There is no such notice");
        var (notice, procurement) = found;
        if (notice.Status == NoticeStatus.Published) return PublishResult.Refused("This notice is already published");
        if (NoticeDrafts.IsCancelled(procurement)) return PublishResult.Refused("This procurement has been cancelled");
        if (NoticeDrafts.IsStale(procurement, notice))
            return PublishResult.Refused(StaleAmendment) with { ChangeField = "Rationale" };
        // Two contract drafts of one award can both pass the contract page; only the first to be published holds.
        if (notice.Type == NoticeType.Contract && notice.Details.Contract is { } contract && NoticeDrafts.IsContractPublished(procurement, contract.AwardNoticeId))
            return PublishResult.Refused("The contract details of this award are already published. Nothing was published");
        var buyer = await book.OrganisationAsync(organisationId);
        if (buyer is null) return PublishResult.Refused("There is no such organisation");

        var now = clock.GetUtcNow();
        if (PublishDateCheck.Check(notice, now, options.Value, buyer) is { } passed)
            return PublishResult.Refused(passed.Message) with { ChangeField = passed.Field };
        // Checked when drafted too; checked again because the draft may be older than the check.
        if (notice.Type == NoticeType.SubContractOpportunity && !notice.IsAmendment && procurement.ParentOcid is { } parent
            && await parentCheck.ProblemAsync(parent, cancellationToken) is { } orphaned)
            return PublishResult.Refused(orphaned) with { ChangeField = "Input_ParentOcid" };

        // The documents are listed in the release by their public address: publishing is what makes them public.
        var attached = await documents.ListAsync(notice.Id, cancellationToken);
        var listed = DocumentSection.Build(procurement, attached, now, urls.For);
        var withdrawing = await WithdrawnNowAsync(notice, procurement, cancellationToken);
        foreach (var withdrawn in DocumentSection.Withdrawn(withdrawing, now)) listed.Add(withdrawn);
        var release = NoticeRelease.Build(buyer, procurement, notice, now, listed);
        var result = await releases.AddAsync(release, NoticeRelease.Extensions, publisherName: buyer.Name, cancellationToken: cancellationToken);
        if (result.Outcome == ReleaseOutcome.Invalid)
            return PublishResult.Refused(["The notice could not be published because its open data would not be valid. Nothing was published.",
                .. result.Errors.Select(e => $"{e.Path}: {e.Message}")]);
        if (result.Outcome == ReleaseOutcome.AlreadyStored)
            return PublishResult.Refused("The open data for this notice is already published. Nothing was published again.");

        notice.MarkPublished(now, accountId, (string)release["id"]!);
        audit.Record(PublishedAction, subject: procurement.Ocid,
            detail: $"{notice.Type.DisplayName()}{(notice.IsAmendment ? " amendment" : "")} published as release {notice.ReleaseId}", actorId: accountId);
        foreach (var withdrawn in withdrawing)
            audit.Record(DocumentWithdrawals.WithdrawnAction, subject: procurement.Ocid, detail: $"Document withdrawn: {withdrawn.Title} ({withdrawn.Reason})", actorId: accountId);
        await db.SaveChangesAsync(cancellationToken);
        return new(true, []);
    }

    /// <summary>What an amendment withdraws, less what another amendment published first has already withdrawn.</summary>
    private async Task<IReadOnlyList<WithdrawnDocument>> WithdrawnNowAsync(Notice notice, Procurement procurement, CancellationToken cancellationToken)
    {
        if (!notice.IsAmendment) return [];
        var already = (await withdrawals.PublishedAsync(procurement.Ocid, cancellationToken)).Select(w => w.DocumentId).ToHashSet();
        return (await withdrawals.OfNoticeAsync(notice, cancellationToken)).Where(w => !already.Contains(w.DocumentId)).ToList();
    }
}
