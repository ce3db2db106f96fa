using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Components;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Opportunities.Alerts;

/// <summary>Keeps the search someone was looking at, with how often to email them about new notices.</summary>
public sealed class SaveSearchModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter a name for this search"), StringLength(100, ErrorMessage = "The name must be 100 characters or fewer")]
    public string Name { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Select how often you want emails")]
    public string? Frequency { get; set; }

    /// <summary>The search's query string, carried through the form unchanged.</summary>
    [BindProperty]
    public string Search { get; set; } = "";

    public IReadOnlyList<FilterTag> Tags => FilterTag.For(OpportunityQueryString.Parse(Search).Query);

    public static IReadOnlyList<ChoiceItem> FrequencyItems { get; } =
    [
        new("instant", "As soon as a new notice is published") { Id = "Frequency" },
        new("daily", "Once a day, at 7am"),
    ];

    public void OnGet()
    {
        var parsed = OpportunityQueryString.Parse(Request.Query);
        Search = OpportunityQueryString.Format(parsed.Query);
        Name = parsed.Query.Keywords ?? "";
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var frequency = Frequency switch { "instant" => AlertFrequency.Instant, "daily" => AlertFrequency.Daily, _ => (AlertFrequency?)null };
        if (frequency is null && Frequency is not null) ModelState.AddModelError(nameof(Frequency), "Select how often you want emails");
        var parsed = OpportunityQueryString.Parse(Search);
        if (parsed.Errors.Count > 0) ModelState.AddModelError(nameof(Name), "This search has filters that are not valid. Go back to the search and correct them");
        if (!ModelState.IsValid) return Page();

        db.Add(new SavedSearch
        {
            AccountId = Guid.Parse(User.GetAccountId()),
            Name = Name.Trim(),
            QueryString = OpportunityQueryString.Format(parsed.Query),
            Frequency = frequency!.Value,
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = Name.Trim();
        return Redirect(OpportunityLinks.SavedSearches);
    }
}

internal static class AccountClaims
{
    public static string GetAccountId(this System.Security.Claims.ClaimsPrincipal user) =>
        user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
        ?? throw new InvalidOperationException("A signed-in person has no account id.");
}
