using System.Text.Json.Nodes;

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
}
