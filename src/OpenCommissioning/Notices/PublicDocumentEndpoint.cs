using Microsoft.Net.Http.Headers;

namespace OpenCommissioning.Notices;

/// <summary>
/// GET /notices/{ocid}/documents/{documentId}: a published notice's document, for anyone. A draft's document, a
/// document of another procurement and an unknown id all answer the same 404, so nothing can be learnt by guessing.
/// A document withdrawn by a published amendment answers 410 Gone with a page saying when and why, never the file.
/// </summary>
internal static class PublicDocumentEndpoint
{
    public static void MapPublicDocuments(this IEndpointRouteBuilder app) =>
        app.MapGet("/notices/{ocid}/documents/{documentId:guid}", async (string ocid, Guid documentId, NoticeDocuments documents,
                DocumentWithdrawals withdrawals, HttpContext context, CancellationToken cancellationToken) =>
            await withdrawals.PublishedAsync(ocid, documentId, cancellationToken) is { } withdrawn
                ? new DocumentWithdrawnPage(new DocumentWithdrawnView(ocid, withdrawn))
                : await documents.PublishedAsync(ocid, documentId, cancellationToken) is { } document
                    ? Download(context, document)
                    : Results.NotFound())
            .AllowAnonymous()
            .WithName("NoticeDocument");

    /// <summary>
    /// Sends a document as an attachment of the type its content was checked to be, never to be sniffed as
    /// something else or shown inline, with its hash as the ETag (the bytes never change).
    /// </summary>
    public static IResult Download(HttpContext context, NoticeDocument document)
    {
        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return Results.File(document.Content, document.MediaType, DocumentFileName.Clean(document.FileName),
            entityTag: new EntityTagHeaderValue($"\"{document.Sha256}\""));
    }
}
