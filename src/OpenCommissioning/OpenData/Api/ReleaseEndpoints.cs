using System.ComponentModel;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.OpenData.Api;

/// <summary>The releases and records of the data API, in the shape of Contracts Finder's OCDS API.</summary>
public static class ReleaseEndpoints
{
    public static RouteGroupBuilder MapReleaseEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/releases", ListAsync).WithName("ListReleases")
            .WithSummary("A page of releases, oldest stored first")
            .WithDescription("A release package of up to 'limit' releases. Follow links.next for the next page; the last page has no links.next.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/releases/{id}", ByIdAsync).WithName("GetRelease")
            .WithSummary("The release with this release id")
            .WithDescription("A release package holding every release with this id (ids are unique within one contracting process only).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/records/{ocid}", RecordAsync).WithName("GetRecord")
            .WithSummary("The record of one contracting process")
            .WithDescription("A record package: every release of the process, and the compiled release merged from them.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext context, ReleaseFeed feed, ReleaseSearchFilter search,
        OpenDataPublication publication, PublicUrls urls, TimeProvider clock,
        [Description("Releases dated on or after this date or time (ISO 8601; UTC when no offset is given).")] string? publishedFrom,
        [Description("Releases dated before this date or time (ISO 8601; UTC when no offset is given).")] string? publishedTo,
        [Description("Comma-separated release tags, such as tender,award. A release with any of them matches.")] string? stages,
        [Description("Releases per page, 1 to 100. Default 100.")] string? limit,
        [Description("Where to continue: copy it from links.next.")] string? cursor,
        [Description("Keywords, matched as in the search page; phrases in double quotes.")] string? q,
        [Description("A CPV code; it includes the codes beneath it.")] string? cpv,
        [Description("A UK region code; it includes its sub-regions.")] string? region,
        [Description("The buyer's name or organisation identifier.")] string? buyer,
        CancellationToken cancellationToken)
    {
        var (query, problems) = ReleaseQueryParser.Parse(publishedFrom, publishedTo, stages, limit, cursor, q, cpv, region, buyer);
        if (query is null) return ApiResponses.BadParameters(problems);
        IQueryable<Opportunity>? processes = null;
        if (query.NeedsSearch)
        {
            var found = search.Matching(query);
            if (found.Problem is not null) return ApiResponses.BadParameters([found.Problem]);
            processes = found.Processes;
        }

        var page = await feed.PageAsync(query, processes, cancellationToken);
        var next = page.HasMore ? urls.For(context.Request.Path.ToUriComponent() + NextQuery(context.Request, page.Releases[^1].Sequence)) : null;
        var metadata = publication.MetadataFor(RequestUri(context, urls), LatestOf(page.Releases, clock));
        return ApiResponses.Json(context, PackageBodies.ReleasePackage(metadata, page.Releases, next));
    }

    private static async Task<IResult> ByIdAsync(HttpContext context, string id, ReleaseFeed feed,
        OpenDataPublication publication, PublicUrls urls, TimeProvider clock, CancellationToken cancellationToken)
    {
        var releases = await feed.WithIdAsync(id, cancellationToken);
        if (releases.Count == 0)
            return ApiResponses.NotFound("No release has this id", $"There is no release with the id '{id}'. Release ids are case-sensitive.");
        var metadata = publication.MetadataFor(RequestUri(context, urls), LatestOf(releases, clock));
        return ApiResponses.Json(context, PackageBodies.ReleasePackage(metadata, releases, next: null));
    }

    private static async Task<IResult> RecordAsync(HttpContext context, string ocid, ReleaseStore store,
        OpenDataPublication publication, PublicUrls urls, TimeProvider clock, CancellationToken cancellationToken)
    {
        var releases = await store.ReleasesOfAsync(ocid, cancellationToken);
        if (releases.Count == 0)
            return ApiResponses.NotFound("No contracting process has this ocid", $"There is no record for the ocid '{ocid}'. Ocids are case-sensitive.");
        var metadata = publication.MetadataFor(RequestUri(context, urls), LatestOf(releases, clock));
        // A process drawn wholly from one other portal is that publisher's data: the record says so, not that it is ours.
        if (releases.All(r => r.Source is not null) && releases.Select(r => r.PublisherName).Distinct().ToList() is [{ } original])
            metadata.Publisher = new Ocds.Packaging.Publisher(original);
        return ApiResponses.Json(context, PackageBodies.RecordPackage(metadata, ocid, releases));
    }

    private static string RequestUri(HttpContext context, PublicUrls urls) =>
        urls.For(context.Request.Path.ToUriComponent() + context.Request.QueryString.ToUriComponent());

    /// <summary>The page's own parameters with the cursor moved on, so the client's filters carry over.</summary>
    private static string NextQuery(HttpRequest request, long lastSequence) => QueryString.Create(
        request.Query.Where(p => p.Key != "cursor")
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new("cursor", ReleaseCursor.Encode(lastSequence)))).ToUriComponent();

    // The package is as new as its newest release, so the same page gives the same body (and ETag) until it changes.
    private static DateTimeOffset LatestOf(IReadOnlyList<StoredRelease> releases, TimeProvider clock) =>
        releases.Count == 0 ? clock.GetUtcNow() : releases.Max(r => r.StoredAt);
}
