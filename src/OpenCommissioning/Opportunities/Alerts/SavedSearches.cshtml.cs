using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Opportunities.Alerts;

/// <summary>A person's saved searches. Each can only be seen or deleted by the person who saved it.</summary>
public sealed class SavedSearchesModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<SavedSearch> Searches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = Guid.Parse(User.GetAccountId());
        Searches = await db.Set<SavedSearch>().AsNoTracking().Where(s => s.AccountId == me)
            .OrderBy(s => s.Name).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = Guid.Parse(User.GetAccountId());
        // Someone else's id gets the same answer as an id that does not exist, so ids reveal nothing.
        var search = await db.Set<SavedSearch>().SingleOrDefaultAsync(s => s.Id == id && s.AccountId == me, cancellationToken);
        if (search is null) return NotFound();
        db.Remove(search);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Deleted"] = search.Name;
        return Redirect(OpportunityLinks.SavedSearches);
    }

    public static string FrequencyText(AlertFrequency frequency) => frequency switch
    {
        AlertFrequency.Instant => "As soon as they are published",
        AlertFrequency.Daily => "Once a day",
        _ => "No emails (you unsubscribed)",
    };
}
