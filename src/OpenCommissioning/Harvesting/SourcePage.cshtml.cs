using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Accounts;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Harvesting;

/// <summary>One source: its last and next run, what it brought in, and its latest problems.</summary>
[Authorize(Roles = PlatformRoles.Administrator)]
public sealed class SourcePageModel(AppDbContext db) : PageModel
{
    private const int ProblemsShown = 10;

    public HarvestSource Source { get; private set; } = null!;
    public IReadOnlyList<HarvestProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await db.Set<HarvestSource>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id) is not { } source) return NotFound();
        Source = source;
        Problems = await db.Set<HarvestProblem>().AsNoTracking().Where(p => p.SourceId == id)
            .OrderByDescending(p => p.Id).Take(ProblemsShown).ToListAsync();
        return Page();
    }
}
