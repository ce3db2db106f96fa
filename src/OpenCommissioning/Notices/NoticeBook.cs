using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Organisations;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Notices;

/// <summary>A notice with the procurement it belongs to.</summary>
public sealed record NoticeInProcurement(Notice Notice, Procurement Procurement);

/// <summary>
/// Reads a buyer's procurements and notices, always through the organisation in the address: a notice id from
/// another organisation finds nothing, whatever is typed or posted.
/// </summary>
public sealed class NoticeBook(AppDbContext db)
{
    public Task<Organisation?> OrganisationAsync(Guid organisationId) =>
        db.Set<Organisation>().SingleOrDefaultAsync(o => o.Id == organisationId);

    public async Task<NoticeInProcurement?> FindAsync(Guid organisationId, Guid noticeId)
    {
        var procurement = await db.Set<Procurement>().Include(p => p.Notices)
            .Where(p => p.OrganisationId == organisationId && p.Notices.Any(n => n.Id == noticeId))
            .SingleOrDefaultAsync();
        var notice = procurement?.Notices.Single(n => n.Id == noticeId);
        return notice is null ? null : new(notice, procurement!);
    }

    public async Task<IReadOnlyList<Procurement>> ListAsync(Guid organisationId) =>
        await db.Set<Procurement>().AsNoTracking().Include(p => p.Notices)
            .Where(p => p.OrganisationId == organisationId)
            .OrderByDescending(p => p.CreatedAt).ToListAsync();

    /// <summary>A procurement's notices in the order they were made, oldest first.</summary>
    public static IReadOnlyList<Notice> History(Procurement procurement) =>
        procurement.Notices.OrderBy(n => n.CreatedAt).ThenBy(n => n.PublishedAt).ToList();
}
