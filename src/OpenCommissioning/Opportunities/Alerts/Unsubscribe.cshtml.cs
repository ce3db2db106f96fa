using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Opportunities.Alerts;

/// <summary>
/// Stops a saved search's emails from the link in an alert, with no sign-in: the signed token is the permission.
/// The link opens a page with one button, because mail scanners follow links and must not unsubscribe anyone.
/// </summary>
[AllowAnonymous]
public sealed class UnsubscribeModel(AppDbContext db, UnsubscribeTokens tokens) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public SavedSearch? Search { get; private set; }
    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await FindAsync(cancellationToken) ? Page() : Invalid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await FindAsync(cancellationToken)) return Invalid();
        Search!.Frequency = AlertFrequency.Off;
        await db.SaveChangesAsync(cancellationToken);
        Done = true;
        return Page();
    }

    private async Task<bool> FindAsync(CancellationToken cancellationToken)
    {
        var id = tokens.Read(Token);
        Search = id is null ? null : await db.Set<SavedSearch>().FindAsync([id.Value], cancellationToken);
        return Search is not null;
    }

    private IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
