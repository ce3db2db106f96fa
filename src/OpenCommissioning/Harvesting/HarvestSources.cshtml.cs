using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Accounts;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Harvesting;

/// <summary>The sources being harvested; administrators pause, resume and remove them here.</summary>
[Authorize(Roles = PlatformRoles.Administrator)]
public sealed class HarvestSourcesModel(AppDbContext db, HarvestSchedule schedule, AuditLog audit) : PageModel
{
    public IReadOnlyList<HarvestSource> Sources { get; private set; } = [];
    public int QuarantinedCount { get; private set; }

    public async Task OnGetAsync()
    {
        Sources = await db.Set<HarvestSource>().AsNoTracking().OrderBy(s => s.Name).ToListAsync();
        QuarantinedCount = await db.Set<QuarantinedRelease>().CountAsync();
    }

    public async Task<IActionResult> OnPostPauseAsync(Guid id)
    {
        if (await db.Set<HarvestSource>().FindAsync(id) is not { } source) return NotFound();
        if (!source.Paused)
        {
            source.Paused = true;
            // Any queued run becomes stale: resuming schedules a new one.
            source.ScheduledRunId = null;
            source.NextRunAt = null;
            audit.Record(HarvestingAuditActions.SourcePaused, subject: source.Name);
            await db.SaveChangesAsync();
        }
        TempData["Notice"] = $"{source.Name} is paused";
        return Redirect(HarvestingLinks.Sources);
    }

    public async Task<IActionResult> OnPostResumeAsync(Guid id)
    {
        if (await db.Set<HarvestSource>().FindAsync(id) is not { } source) return NotFound();
        if (source.Paused)
        {
            source.Paused = false;
            schedule.ScheduleRun(source, TimeSpan.Zero);
            audit.Record(HarvestingAuditActions.SourceResumed, subject: source.Name);
            await db.SaveChangesAsync();
        }
        TempData["Notice"] = $"{source.Name} is running again";
        return Redirect(HarvestingLinks.Sources);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        if (await db.Set<HarvestSource>().FindAsync(id) is not { } source) return NotFound();
        // The releases it brought in stay: they are published data, and other sources may carry them too.
        db.Remove(source);
        audit.Record(HarvestingAuditActions.SourceRemoved, subject: source.Name);
        await db.SaveChangesAsync();
        TempData["Notice"] = $"{source.Name} was removed. The notices already drawn from it stay";
        return Redirect(HarvestingLinks.Sources);
    }
}
