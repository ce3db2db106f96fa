using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Packaging;

/// <summary>
/// What a release or record package says about itself: every field but its releases or records. Combining packages
/// keeps the first package's values and the union of all packages' extensions, in the order first seen.
/// </summary>
public sealed class PackageMetadata
{
    private readonly List<string> extensions = [];

    public string? Uri { get; set; }

    /// <summary>Kept as the text the publisher wrote, so that a date is never reformatted.</summary>
    public string? PublishedDate { get; set; }

    public Publisher? Publisher { get; set; }

    public string? License { get; set; }

    public string? PublicationPolicy { get; set; }

    public string Version { get; set; } = "1.1";

    public IReadOnlyList<string> Extensions => extensions;

    public static PackageMetadata FromPackage(JsonObject package)
    {
        var metadata = new PackageMetadata();
        metadata.Absorb(package);
        return metadata;
    }

    /// <summary>Takes another package's metadata in: fields still unknown are filled, extensions are added.</summary>
    public void Absorb(JsonObject package)
    {
        Uri ??= Text(package["uri"]);
        PublishedDate ??= Text(package["publishedDate"]);
        Publisher ??= Publisher.FromJson(package["publisher"]);
        License ??= Text(package["license"]);
        PublicationPolicy ??= Text(package["publicationPolicy"]);
        if (package["extensions"] is JsonArray list)
        {
            foreach (var extension in list) AddExtension(Text(extension));
        }
    }

    public void AddExtension(string? url)
    {
        if (!string.IsNullOrEmpty(url) && !extensions.Contains(url)) extensions.Add(url);
    }

    /// <summary>Writes the fields, without the enclosing object, in the order of the package schema.</summary>
    public void WriteFields(Utf8JsonWriter writer)
    {
        writer.WriteString("uri", Uri ?? "");
        writer.WriteString("version", Version);
        if (extensions.Count > 0)
        {
            writer.WriteStartArray("extensions");
            foreach (var extension in extensions) writer.WriteStringValue(extension);
            writer.WriteEndArray();
        }
        writer.WriteString("publishedDate", PublishedDate ?? "");
        writer.WritePropertyName("publisher");
        (Publisher ?? new Publisher("")).ToJson().WriteTo(writer);
        if (License is not null) writer.WriteString("license", License);
        if (PublicationPolicy is not null) writer.WriteString("publicationPolicy", PublicationPolicy);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
