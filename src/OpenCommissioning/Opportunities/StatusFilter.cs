using System.Linq.Expressions;

namespace OpenCommissioning.Opportunities;

/// <summary>The status filter as SQL: the same rules as <see cref="Opportunity.StatusAt"/>, at the given time.</summary>
internal static class StatusFilter
{
    public static Expression<Func<Opportunity, bool>> For(IEnumerable<OpportunityStatus> statuses, DateTimeOffset now) =>
        Predicates.AnyOf(statuses.Distinct().Select(s => Condition(s, now)));

    private static Expression<Func<Opportunity, bool>> Condition(OpportunityStatus status, DateTimeOffset now) => status switch
    {
        OpportunityStatus.Cancelled => o => o.NoticeType == NoticeType.Cancellation,
        OpportunityStatus.Awarded => o => o.NoticeType == NoticeType.Award || o.NoticeType == NoticeType.Contract,
        OpportunityStatus.Planned => o => o.NoticeType == NoticeType.Planning,
        OpportunityStatus.Open => o => o.NoticeType == NoticeType.Tender && o.ClosingAt > now,
        _ => o => o.NoticeType == NoticeType.Tender && (o.ClosingAt == null || o.ClosingAt <= now),
    };
}
