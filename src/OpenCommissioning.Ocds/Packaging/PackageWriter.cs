using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Packaging;

/// <summary>
/// Writes a release package or record package to a stream one release or record at a time. Metadata known at the
/// start is written first; metadata known only at the end (such as the union of the extensions of packages being
/// combined) is written after the list, which JSON allows, so that nothing has to be held back in memory.
/// </summary>
public sealed class PackageWriter : IDisposable
{
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly Utf8JsonWriter writer;
    private bool completed;

    private PackageWriter(Stream output, string listName, PackageMetadata? leading)
    {
        writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        leading?.WriteFields(writer);
        writer.WriteStartArray(listName);
    }

    public int Count { get; private set; }

    public static PackageWriter ForReleases(Stream output, PackageMetadata? leading = null) => new(output, "releases", leading);

    public static PackageWriter ForRecords(Stream output, PackageMetadata? leading = null) => new(output, "records", leading);

    /// <summary>Adds a release or record already in JSON, written as it is.</summary>
    public void Write(ReadOnlySpan<byte> utf8Json)
    {
        writer.WriteRawValue(utf8Json, skipInputValidation: true);
        Count++;
        if (writer.BytesPending > 1 << 16) writer.Flush();
    }

    public void Write(JsonNode item)
    {
        item.WriteTo(writer);
        Count++;
        if (writer.BytesPending > 1 << 16) writer.Flush();
    }

    /// <summary>Closes the list and the package, adding the metadata known only now.</summary>
    public void Complete(PackageMetadata? trailing = null)
    {
        writer.WriteEndArray();
        trailing?.WriteFields(writer);
        writer.WriteEndObject();
        writer.Flush();
        completed = true;
    }

    public void Dispose()
    {
        if (!completed) writer.Flush();
        writer.Dispose();
    }
}
