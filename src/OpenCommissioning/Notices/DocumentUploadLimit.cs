using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace OpenCommissioning.Notices;

/// <summary>
/// Sizes a page's request body to the configured document limit: a document as big as the limit reaches the
/// page's own check (which says so in words), while a body far bigger is refused with 413 before anything reads
/// it — before the anti-forgery check, which would otherwise read the whole form first.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class DocumentUploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the form's other fields and the multipart boundaries around the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>Before the anti-forgery filter (1000), which reads the form.</summary>
    public int Order => 800;

    public static long BodyLimit(NoticeOptions options) => options.MaxDocumentBytes + FormOverheadBytes;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method)) return;
        var limit = BodyLimit(http.RequestServices.GetRequiredService<IOptions<NoticeOptions>>().Value);
        if (http.Request.ContentLength > limit)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }
        // A body sent without its length is cut off at the same limit: by the server, which must be allowed to read
        // that far, and by the body itself on hosts that set no limit. Either way the refusal is a 413.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        if (http.Request.ContentLength is null) http.Request.Body = new BoundedRequestBody(http.Request.Body, limit);
        if (http.Request.HasFormContentType && http.Features.Get<IFormFeature>()?.Form is null)
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = long.MaxValue }));
    }
}
