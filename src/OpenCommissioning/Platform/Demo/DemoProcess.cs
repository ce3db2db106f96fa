using System.Text.Json.Nodes;
using OpenCommissioning.Notices;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Platform.Demo;

/// <summary>
/// Publishes one sample contracting process as a procurement of its buyer, notice by notice, each at its sample's
/// moved date: a pipeline notice for planning, a tender notice (then amendments) for tender releases, and for award
/// releases the tender they came from followed by award notices. Every notice goes through the
/// <see cref="NoticePublisher"/>, so its release is written and validated as a buyer's would be.
/// </summary>
internal sealed class DemoProcess(AppDbContext db, NoticePublisher publisher, NoticeDrafts drafts, DemoClock clock, NoticeOptions options,
    Guid buyerId, string ocid, Action<string> note)
{
    /// <summary>Why a tender period shorter than the minimum was kept, shown on the public notice as the rules ask.</summary>
    public const string ShortPeriodReason = "This demonstration notice keeps the tender period of the Contracts Finder notice it is based on.";
    public const string AmendmentRationale = "Changed on Contracts Finder, which did not say why.";

    private Procurement? procurement;
    private Notice? pipeline, tender, award;

    public int Published { get; private set; }

    public async Task PublishAsync(JsonObject release, TimeSpan shift)
    {
        var tags = (release["tag"] as JsonArray ?? []).Select(t => SampleDetails.Text(t)).OfType<string>().ToHashSet();
        var at = SampleDetails.Time(release["date"], shift) ?? clock.Now;
        var details = SampleDetails.Read(release, shift, note);
        if (tags.Overlaps(["planning", "planningUpdate"]))
            pipeline = await PublishOrAmendAsync(pipeline, NoticeType.Pipeline, details with { Deadline = null }, at);
        else if (tags.Overlaps(["tender", "tenderUpdate", "tenderAmendment"]))
        {
            details = WithDeadlineAfter(details, at);
            if (tender is null && tags.Contains("tenderAmendment")) tender = await StartAsync(NoticeType.Tender, Proportionate(details, at.AddDays(-7)), at.AddDays(-7));
            tender = await PublishOrAmendAsync(tender, NoticeType.Tender, Proportionate(details, at), at);
        }
        else if (tags.Overlaps(["award", "awardUpdate"])) await AwardAsync(release, details, shift, at, isUpdate: !tags.Contains("award"));
        else note($"its tags ({string.Join(", ", tags)}) are not a notice this service publishes, so it was left out");
    }

    private async Task AwardAsync(JsonObject release, NoticeDetails details, TimeSpan shift, DateTimeOffset at, bool isUpdate)
    {
        if (SampleParties.Award(release, shift, note) is not { } won) return;
        if (tender is null)
        {
            // The award's tender was published before it on Contracts Finder too; its bids closed before the award.
            var deadline = details.Deadline;
            if (deadline >= at.AddHours(-1))
            {
                note("its tender's deadline is not before its award, so the tender notice closes the day before the award");
                deadline = at.AddDays(-1);
            }
            var tenderAt = (deadline ?? at).AddDays(-30);
            tender = await StartAsync(NoticeType.Tender, details with { Deadline = deadline }, tenderAt);
            if (tender is null) return;
        }
        clock.Now = at;
        var notice = isUpdate && award is not null
            ? drafts.StartAmendment(new(award, procurement!), DemoNotices.PublisherId, award.Details with { Award = won }, AmendmentRationale)
            : drafts.StartAward(new(tender, procurement!), DemoNotices.PublisherId, won);
        award = await PublishAsync(notice, at) ?? award;
    }

    private async Task<Notice?> PublishOrAmendAsync(Notice? current, NoticeType type, NoticeDetails details, DateTimeOffset at)
    {
        if (current is null) return await StartAsync(type, details, at);
        clock.Now = at;
        var amendment = drafts.StartAmendment(new(current, procurement!), DemoNotices.PublisherId, details, AmendmentRationale);
        return await PublishAsync(amendment, at) ?? current;
    }

    /// <summary>The procurement's first notice, under the procurement made for the sample's ocid.</summary>
    private async Task<Notice?> StartAsync(NoticeType type, NoticeDetails details, DateTimeOffset at)
    {
        if (procurement is null)
        {
            procurement = new Procurement { OrganisationId = buyerId, Ocid = ocid, CreatedAt = at, CreatedBy = DemoNotices.PublisherId };
            db.Add(procurement);
        }
        var notice = new Notice { ProcurementId = procurement.Id, Type = type, CreatedAt = at, CreatedBy = DemoNotices.PublisherId, Details = details };
        db.Add(notice);
        return await PublishAsync(notice, at);
    }

    private async Task<Notice?> PublishAsync(Notice notice, DateTimeOffset at)
    {
        clock.Now = at;
        await db.SaveChangesAsync();
        var result = await publisher.PublishAsync(buyerId, notice.Id, DemoNotices.PublisherId);
        if (result.Published) { Published++; return notice; }
        note($"its {notice.Type.DisplayName().ToLowerInvariant()} was refused by the publisher: {string.Join("; ", result.Errors)}");
        db.Remove(notice);
        if (Published == 0 && procurement is not null) { db.Remove(procurement); procurement = null; }
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>A deadline before publication would be refused, so it moves to the procedure's minimum period after it.</summary>
    private NoticeDetails WithDeadlineAfter(NoticeDetails details, DateTimeOffset at)
    {
        if (details.Deadline is not { } deadline || deadline > at.AddHours(1)) return details;
        var moved = at.AddDays(options.MinimumDaysFor(details.Procedure));
        note($"its deadline ({deadline:yyyy-MM-dd HH:mm}Z after moving in time) is not after its publication, so it was moved to {moved:yyyy-MM-dd HH:mm}Z");
        return details with { Deadline = moved };
    }

    private NoticeDetails Proportionate(NoticeDetails details, DateTimeOffset at) =>
        details.Deadline is { } deadline && DeadlineValidation.IsShort(deadline, at, options.MinimumDaysFor(details.Procedure))
            ? details with { ShortPeriodReason = ShortPeriodReason } : details;
}
