using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCommissioning.Notices;

/// <summary>
/// One notice of a procurement. Its details are kept whole as JSON: a published notice is a snapshot that never
/// changes, and the release written from it is the public record, so there is nothing to query field by field.
/// </summary>
public sealed class Notice
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProcurementId { get; init; }
    public NoticeType Type { get; init; }
    public NoticeStatus Status { get; private set; }
    public string DetailsJson { get; private set; } = "{}";

    /// <summary>The published notice this one amends, if it is an amendment.</summary>
    public Guid? AmendsNoticeId { get; init; }
    public string? AmendmentRationale { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public Guid CreatedBy { get; init; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public Guid? PublishedBy { get; private set; }
    public string? ReleaseId { get; private set; }

    public bool IsAmendment => AmendsNoticeId is not null;

    public NoticeDetails Details
    {
        get => JsonSerializer.Deserialize<NoticeDetails>(DetailsJson, Json) ?? new NoticeDetails();
        set
        {
            if (Status == NoticeStatus.Published) throw new InvalidOperationException("A published notice cannot be changed; amend it instead.");
            DetailsJson = JsonSerializer.Serialize(value, Json);
        }
    }

    public void MarkPublished(DateTimeOffset at, Guid by, string releaseId)
    {
        if (Status == NoticeStatus.Published) throw new InvalidOperationException("This notice is already published.");
        Status = NoticeStatus.Published;
        PublishedAt = at;
        PublishedBy = by;
        ReleaseId = releaseId;
    }
}

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> notice)
    {
        notice.ToTable("notices");
        notice.Property(n => n.Type).HasConversion<string>().HasMaxLength(40);
        notice.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        notice.Property(n => n.ReleaseId).HasMaxLength(200);
        notice.Property(n => n.AmendmentRationale).HasMaxLength(2000);
        notice.Ignore(n => n.Details);
        notice.HasIndex(n => n.ProcurementId);
    }
}
