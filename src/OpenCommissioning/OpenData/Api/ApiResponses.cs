using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace OpenCommissioning.OpenData.Api;

/// <summary>The data API's answers: problem details (RFC 9457) for every error, and bodies with an ETag.</summary>
public static class ApiResponses
{
    public static IResult BadParameters(IReadOnlyList<ParameterProblem> problems) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: problems.Count == 1 ? $"The {problems[0].Parameter} parameter is not valid" : "Some parameters are not valid",
        detail: string.Join(" ", problems.Select(p => p.Message)),
        extensions: new Dictionary<string, object?>
        {
            ["parameter"] = problems[0].Parameter,
            ["errors"] = problems.Select(p => new { parameter = p.Parameter, message = p.Message }).ToList(),
        });

    public static IResult NotFound(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    /// <summary>
    /// A JSON body with an ETag from its own hash: the same data gives the same tag on every instance, and a client
    /// that sends it back in If-None-Match gets 304 without the body.
    /// </summary>
    public static IResult Json(HttpContext context, byte[] body, string cacheControl = "public, no-cache") =>
        Tagged(context, body, "application/json; charset=utf-8", EntityTagOf(body), cacheControl);

    public static IResult Tagged(HttpContext context, byte[] body, string contentType, string entityTag, string cacheControl,
        string? downloadName = null)
    {
        var headers = context.Response.Headers;
        headers.ETag = entityTag;
        headers.CacheControl = cacheControl;
        if (Matches(context.Request, entityTag)) return Results.StatusCode(StatusCodes.Status304NotModified);
        return downloadName is null
            ? Results.Bytes(body, contentType)
            : Results.File(body, contentType, downloadName);
    }

    public static string EntityTagOf(byte[] body) => $"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16))}\"";

    private static bool Matches(HttpRequest request, string entityTag)
    {
        var sent = request.GetTypedHeaders().IfNoneMatch;
        return sent.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(new EntityTagHeaderValue(entityTag), useStrongComparison: false));
    }
}
