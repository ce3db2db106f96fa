using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OpenCommissioning.OpenData.Api;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Notices;

/// <summary>One CPV code offered as the buyer types: the JSON the CPV field's autocomplete reads.</summary>
public sealed record CpvSuggestion(string Code, string Label);

/// <summary>
/// CPV codes matching the words typed (<c>GET /cpv/suggest?q=social work</c>), at most <see cref="Limit"/>. Anyone may
/// ask: the vocabulary is public, and the form works without it. It shares the data API's limit per address, since
/// a script could otherwise ask as fast as it liked.
/// </summary>
[EnableRateLimiting(ApiRateLimit.PolicyName)]
public sealed class CpvSuggestModel : PageModel
{
    public const string PagePath = "/Notices/CpvSuggest";
    public const string Address = "/cpv/suggest";
    public const int Limit = 10;

    // Long enough for several words; a longer query only costs time to match.
    private const int MaxQueryLength = 100;

    public IActionResult OnGet([FromQuery(Name = "q")] string? query)
    {
        var words = (query ?? "").Trim();
        if (words.Length > MaxQueryLength) words = words[..MaxQueryLength];
        // One letter matches most of the vocabulary, which says nothing useful.
        IReadOnlyList<CpvSuggestion> found = words.Length < 2 ? [] : CpvCodes.Search(words, Limit).Select(c => new CpvSuggestion(c.Code, c.Label)).ToList();
        Response.Headers.CacheControl = "public, max-age=3600";
        return new JsonResult(found);
    }
}
