using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Organisations;

namespace OpenCommissioning.Notices;

/// <summary>A buyer's procurements, each shown by its latest notice.</summary>
public sealed class IndexModel(NoticeBook book) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;
    public IReadOnlyList<Notice> Latest { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId)
    {
        if (await book.OrganisationAsync(organisationId) is not { } organisation) return NotFound();
        Organisation = organisation;
        Latest = (await book.ListAsync(organisationId)).Select(p => NoticeBook.History(p)[^1]).ToList();
        return Page();
    }
}
