using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.OpenData.Api;
using OpenCommissioning.OpenData.Bulk;

namespace OpenCommissioning.OpenData;

/// <summary>The page for people who want the data: what the API offers, its limits, and the monthly files.</summary>
[AllowAnonymous]
public sealed class OpenDataPageModel(BulkFiles files, IConfiguration configuration) : PageModel
{
    public IReadOnlyList<BulkFileSummary> Files { get; private set; } = [];
    public int RequestsPerMinute { get; private set; }
    public int PageSize => ReleaseQuery.MaxLimit;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Files = await files.ListAsync(cancellationToken);
        RequestsPerMinute = configuration.GetValue("RateLimits:ApiPerMinute", ApiRateLimit.DefaultPerMinute);
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };

    public static string MonthName(string month) =>
        BulkFiles.TryParseMonth(month, out var start) ? start.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) : month;
}
