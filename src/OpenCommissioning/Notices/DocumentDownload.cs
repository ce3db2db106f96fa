using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace OpenCommissioning.Notices;

/// <summary>
/// Sends a document as an attachment of the type its content was checked to be, never to be sniffed as something
/// else or shown inline, with its hash as the ETag (the bytes never change). The public address and the buyer's own
/// download of a draft's document both answer through here, so they send the same headers.
/// </summary>
internal static class DocumentDownload
{
    public static IActionResult Send(NoticeDocument document) => new HttpResultAction(Results.File(document.Content, document.MediaType,
        DocumentFileName.Clean(document.FileName), entityTag: new EntityTagHeaderValue($"\"{document.Sha256}\"")));

    /// <summary>A minimal-API result as a page's answer: Results.File answers If-None-Match with 304 by itself.</summary>
    private sealed class HttpResultAction(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context)
        {
            context.HttpContext.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            return result.ExecuteAsync(context.HttpContext);
        }
    }
}
