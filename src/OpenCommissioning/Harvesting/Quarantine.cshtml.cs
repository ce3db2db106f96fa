using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Accounts;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Harvesting;

/// <summary>Releases that could not be stored, newest first, with why and what exactly was received.</summary>
[Authorize(Roles = PlatformRoles.Administrator)]
public sealed class QuarantineModel(AppDbContext db) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public IReadOnlyList<QuarantinedRelease> Releases { get; private set; } = [];
    public bool HasOlder { get; private set; }

    public async Task OnGetAsync()
    {
        var query = db.Set<QuarantinedRelease>().AsNoTracking();
        if (Before is not null) query = query.Where(q => q.Id < Before);
        var releases = await query.OrderByDescending(q => q.Id).Take(PageSize + 1).ToListAsync();
        HasOlder = releases.Count > PageSize;
        Releases = releases.Take(PageSize).ToList();
    }
}
