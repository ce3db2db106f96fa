using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Accounts;
using OpenCommissioning.Platform.Components;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Platform.Audit;

/// <summary>The audit log, for platform administrators only: newest first, 50 at a time, filtered by action.</summary>
[Authorize(Roles = PlatformRoles.Administrator)]
public sealed class AuditLogPageModel(AppDbContext db) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public bool HasOlder { get; private set; }

    public IReadOnlyList<SelectItem> ActionChoices =>
        [new SelectItem("", "Everything"), .. typeof(AuditActions).GetFields().Select(f => (string)f.GetValue(null)!)
            .Select(a => new SelectItem(a, a))];

    public async Task OnGetAsync()
    {
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrEmpty(Action)) query = query.Where(e => e.Action == Action);
        if (Before is not null) query = query.Where(e => e.Id < Before);
        var entries = await query.OrderByDescending(e => e.Id).Take(PageSize + 1).ToListAsync();
        HasOlder = entries.Count > PageSize;
        Entries = entries.Take(PageSize).ToList();
    }
}
