using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Opportunities;

/// <summary>Find a CPV code by words or digits, without JavaScript; each result links to a search with that code.</summary>
[AllowAnonymous]
public sealed class CpvCodeListModel : PageModel
{
    public const int Limit = 100;

    [BindProperty(SupportsGet = true, Name = "words")]
    public string? Words { get; set; }

    public IReadOnlyList<CpvCode> Codes { get; private set; } = [];

    public void OnGet()
    {
        var words = Words?.Length > 100 ? Words[..100] : Words;
        // With no words, the 45 divisions give a way in; with words, every code that matches them.
        Codes = string.IsNullOrWhiteSpace(words)
            ? CpvCodes.All.Where(c => c.Code.EndsWith("000000", StringComparison.Ordinal)).OrderBy(c => c.Code, StringComparer.Ordinal).ToList()
            : CpvCodes.Search(words, Limit);
    }
}
