using System.Text.RegularExpressions;
using OpenCommissioning.OpenData.Api;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.OpenData.Bulk;

/// <summary>The monthly bulk files: a listing, and each file by name.</summary>
public static partial class BulkEndpoints
{
    // A month's file can change only when a release of that month is added; an hour's caching is a fair trade.
    private const string CacheControl = "public, max-age=3600";

    public static RouteGroupBuilder MapBulkEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/bulk", ListAsync).WithName("ListBulkFiles")
            .WithSummary("The monthly bulk files")
            .WithDescription("Every release, one gzipped JSON lines file a month (by release date), with its size and release count.")
            .Produces<BulkListing>(StatusCodes.Status200OK);
        api.MapGet("/bulk/{file}", FileAsync).WithName("GetBulkFile")
            .WithSummary("One month's releases as gzipped JSON lines")
            .WithDescription("The file is named yyyy-MM.jsonl.gz; each line is one release.")
            .Produces(StatusCodes.Status200OK, contentType: "application/gzip").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public sealed record BulkListing(IReadOnlyList<BulkListingFile> Files);

    public sealed record BulkListingFile(string Month, string Url, int Releases, long Bytes, DateTimeOffset GeneratedAt);

    private static async Task<IResult> ListAsync(HttpContext context, BulkFiles files, PublicUrls urls, CancellationToken cancellationToken)
    {
        var listing = new BulkListing((await files.ListAsync(cancellationToken))
            .Select(f => new BulkListingFile(f.Month, urls.For($"/api/ocds/bulk/{f.FileName}"), f.Releases, f.Bytes, f.GeneratedAt))
            .ToList());
        var body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(listing, System.Text.Json.JsonSerializerOptions.Web);
        return ApiResponses.Json(context, body);
    }

    private static async Task<IResult> FileAsync(HttpContext context, string file, BulkFiles files, CancellationToken cancellationToken)
    {
        var match = FileName().Match(file);
        var summary = match.Success ? await files.SummaryAsync(match.Groups["month"].Value, cancellationToken) : null;
        if (summary is null)
            return ApiResponses.NotFound("No bulk file has this name",
                $"There is no bulk file called '{file}'. Files are named like 2025-01.jsonl.gz; /api/ocds/bulk lists them.");
        // The tag is known without reading the file, so a client's repeated download costs one small query.
        var entityTag = $"\"{summary.Month}-{summary.LastSequence}-{summary.Releases}\"";
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && (v.Contains(entityTag) || v.Trim() == "*")))
            return ApiResponses.Tagged(context, [], "application/gzip", entityTag, CacheControl);
        var content = await files.ContentAsync(summary.Month, cancellationToken);
        return ApiResponses.Tagged(context, content ?? [], "application/gzip", entityTag, CacheControl, summary.FileName);
    }

    [GeneratedRegex(@"^(?<month>\d{4}-\d{2})\.jsonl\.gz$")]
    private static partial Regex FileName();
}
