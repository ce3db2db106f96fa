using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Opportunities;

/// <summary>A notice linked to the one being read; <see cref="HasPage"/> is false for a parent this service has not seen.</summary>
public sealed record LinkedNotice(string Ocid, string Title, bool HasPage, OpportunityStatus? Status = null);

/// <summary>
/// The contract a sub-contract opportunity is part of, and the sub-contract opportunities a contract's prime has
/// published, read from the search projection so harvested notices link up as well as ours.
/// </summary>
public sealed class SubContractLinks(AppDbContext db)
{
    /// <summary>Enough for any real supply chain; a page listing thousands would help nobody.</summary>
    public const int MostSubContracts = 100;

    public async Task<LinkedNotice?> ParentAsync(Opportunity notice, CancellationToken cancellationToken)
    {
        if (notice.ParentOcid is not { } parentOcid) return null;
        var title = await db.Set<Opportunity>().AsNoTracking().Where(o => o.Ocid == parentOcid).Select(o => o.Title).FirstOrDefaultAsync(cancellationToken);
        return new(parentOcid, title ?? parentOcid, title is not null);
    }

    /// <summary>Newest first; a notice that duplicates another portal's copy is listed once, as search lists it.</summary>
    public async Task<IReadOnlyList<LinkedNotice>> SubContractsAsync(string ocid, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var children = await db.Set<Opportunity>().AsNoTracking()
            .Where(o => o.ParentOcid == ocid && o.DuplicateOf == null && o.Ocid != ocid)
            .OrderByDescending(o => o.PublishedAt).ThenBy(o => o.Ocid).Take(MostSubContracts)
            .ToListAsync(cancellationToken);
        return children.Select(o => new LinkedNotice(o.Ocid, o.Title, true, o.StatusAt(now))).ToList();
    }
}
