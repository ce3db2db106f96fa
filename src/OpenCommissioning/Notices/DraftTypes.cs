using OpenCommissioning.Platform.Components;

namespace OpenCommissioning.Notices;

/// <summary>The notices the tender form drafts; awards and cancellations have their own pages.</summary>
public static class DraftTypes
{
    public static readonly IReadOnlyList<NoticeType> All = [NoticeType.Tender, NoticeType.Pipeline, NoticeType.SubContractOpportunity];

    /// <summary>The type posted, by name only (never a number), when the form drafts it.</summary>
    public static NoticeType? Read(string? posted) =>
        Enum.TryParse<NoticeType>(posted, out var type) && !int.TryParse(posted, out _) && All.Contains(type) ? type : null;

    public static IEnumerable<ChoiceItem> Choices { get; } =
    [
        new(nameof(NoticeType.Tender), "Tender notice") { HintText = "An opportunity open for bids now" },
        new(nameof(NoticeType.Pipeline), "Pipeline notice") { HintText = "A future opportunity, so providers can prepare" },
        new(nameof(NoticeType.SubContractOpportunity), "Sub-contract opportunity") { HintText = "Part of a contract you hold, offered to sub-contractors" },
    ];
}
