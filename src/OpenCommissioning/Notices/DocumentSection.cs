using System.Text.Json.Nodes;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Notices;

/// <summary>A notice's documents as OCDS documents, each linking to where anyone can download it.</summary>
public static class DocumentSection
{
    /// <param name="absoluteUrl">Turns a path on this service into the public address, as published.</param>
    public static JsonArray Build(Procurement procurement, IEnumerable<DocumentSummary> documents, DateTimeOffset publishedAt,
        Func<string, string> absoluteUrl) =>
        new(documents.Select(d => (JsonNode)new JsonObject
        {
            ["id"] = d.Id.ToString("N"),
            ["documentType"] = d.DocumentType,
            ["title"] = d.Title,
            ["url"] = absoluteUrl(NoticeLinks.PublicDocument(procurement.Ocid, d.Id)),
            ["datePublished"] = NoticeRelease.Time(publishedAt),
            ["format"] = d.MediaType,
            ["language"] = "en",
        }).ToArray());

    /// <summary>
    /// Documents an amendment withdraws, restated by their ids: OCDS merges documents by id, so in the compiled
    /// release each keeps its title and address and gains the description of its withdrawal and the date of it.
    /// OCDS has no status for a document, so the description is where the withdrawal is said.
    /// </summary>
    public static IEnumerable<JsonObject> Withdrawn(IEnumerable<WithdrawnDocument> documents, DateTimeOffset withdrawnAt) =>
        documents.Select(d => new JsonObject
        {
            ["id"] = d.DocumentId.ToString("N"),
            ["title"] = d.Title,
            ["description"] = Description(withdrawnAt, d.Reason),
            ["dateModified"] = NoticeRelease.Time(withdrawnAt),
        });

    public static string Description(DateTimeOffset withdrawnAt, string reason) =>
        $"Withdrawn on {UkTime.Date(withdrawnAt)}. Reason: {reason}";
}
