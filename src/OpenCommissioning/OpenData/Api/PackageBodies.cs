using System.Text.Json;
using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Merging;
using OpenCommissioning.Ocds.Packaging;

namespace OpenCommissioning.OpenData.Api;

/// <summary>Writes the packages the data API returns, as bytes, so that their hash can serve as the ETag.</summary>
public static class PackageBodies
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>
    /// A release package in the field order Contracts Finder uses, with <c>links.next</c> after the releases
    /// (the pagination extension's place for it), which <see cref="PackageWriter"/> has no room for.
    /// </summary>
    public static byte[] ReleasePackage(PackageMetadata metadata, IEnumerable<StoredRelease> releases, string? next)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            metadata.WriteFields(writer);
            writer.WriteStartArray("releases");
            foreach (var release in releases) writer.WriteRawValue(release.Json, skipInputValidation: true);
            writer.WriteEndArray();
            if (next is not null)
            {
                writer.WriteStartObject("links");
                writer.WriteString("next", next);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>A record package holding one record: every release embedded, and the compiled release.</summary>
    public static byte[] RecordPackage(PackageMetadata metadata, string ocid, IReadOnlyList<StoredRelease> releases)
    {
        var parsed = releases.Select(r => JsonNode.Parse(r.Json)!).ToList();
        var compiled = new Merger(OpenDataPublication.ExtendedMergeRules).Compile(parsed).Release;
        using var buffer = new MemoryStream();
        using (var writer = PackageWriter.ForRecords(buffer, metadata))
        {
            writer.Write(Records.Build(ocid, parsed, compiled));
            writer.Complete();
        }
        return buffer.ToArray();
    }
}
