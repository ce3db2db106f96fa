using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Accounts;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Components;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Harvesting;

/// <summary>An administrator adds a portal to harvest; its first run is queued at once.</summary>
[Authorize(Roles = PlatformRoles.Administrator)]
public sealed class AddSourceModel(AppDbContext db, HarvestSchedule schedule, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? BaseUrl { get; set; }
    [BindProperty] public DateInputValue StartDate { get; set; } = new();
    [BindProperty] public string? Every { get; set; }
    [BindProperty] public string? EveryUnit { get; set; } = "hours";

    public IReadOnlyList<ChoiceItem> KindChoices => Enum.GetValues<HarvestSourceKind>()
        .Select(k => new ChoiceItem(k.ToString(), HarvestSourceKinds.Describe(k)) { HintText = HarvestSourceKinds.UsualBaseUrl(k) }).ToList();
    public IReadOnlyList<ChoiceItem> UnitChoices => [new("minutes", "Minutes"), new("hours", "Hours")];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var input = new SourceInput(Name, Kind, BaseUrl, StartDate, Every, EveryUnit);
        var checkedInput = await SourceInput.CheckAsync(input, db, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ModelState.AddModelError);
        if (checkedInput is null) return Page();

        var source = new HarvestSource
        {
            Name = checkedInput.Name, Kind = checkedInput.Kind, BaseUrl = checkedInput.BaseUrl, StartDate = checkedInput.StartDate,
            EveryMinutes = checkedInput.EveryMinutes, CreatedAt = clock.GetUtcNow(),
        };
        db.Add(source);
        schedule.ScheduleRun(source, TimeSpan.Zero);
        audit.Record(HarvestingAuditActions.SourceAdded, subject: source.Name, detail: $"{source.Kind} {source.BaseUrl}");
        await db.SaveChangesAsync();
        TempData["Notice"] = $"{source.Name} was added. Its first run has been queued";
        return Redirect(HarvestingLinks.Source(source.Id));
    }
}
