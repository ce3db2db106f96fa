using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Reading;

/// <summary>
/// One release, record or package's metadata read from an input, with where it was found.
/// <see cref="Utf8Json"/> points into the reader's buffer: it is valid only until the next item is read, so copy it
/// (or call <see cref="ToNode"/>) to keep it.
/// </summary>
public sealed class OcdsItem
{
    public required OcdsItemKind Kind { get; init; }

    /// <summary>The item's JSON exactly as it stood in the input.</summary>
    public required ReadOnlyMemory<byte> Utf8Json { get; init; }

    /// <summary>The file name, or "standard input".</summary>
    public required string Source { get; init; }

    /// <summary>The line (from 1) on which the item starts.</summary>
    public required long Line { get; init; }

    /// <summary>The item's JSON path inside its top-level value, such as <c>releases[3]</c>; empty at the top.</summary>
    public required string Path { get; init; }

    /// <summary>The byte offset at which the item starts in the input, so that it can be read again later.</summary>
    public required long Offset { get; init; }

    public bool IsObject => !Utf8Json.IsEmpty && Utf8Json.Span[0] == (byte)'{';

    /// <summary>Where the item is, in words a person can follow to the spot: "file.json, line 12 (releases[3])".</summary>
    public string Location => Path.Length == 0 ? $"{Source}, line {Line}" : $"{Source}, line {Line} ({Path})";

    public JsonNode? ToNode() => JsonNode.Parse(Utf8Json.Span);

    /// <summary>The JSON type of the item when it is not an object, in plain words for messages.</summary>
    public string DescribeKindOfValue() => Utf8Json.IsEmpty ? "nothing" : Utf8Json.Span[0] switch
    {
        (byte)'{' => "an object",
        (byte)'[' => "an array",
        (byte)'"' => "a string",
        (byte)'t' or (byte)'f' => "true or false",
        (byte)'n' => "null",
        _ => "a number",
    };

    /// <summary>The release's or record's <c>ocid</c> when it is a string, read without parsing the rest.</summary>
    public string? ReadOcid() => TopLevelFields.ReadString(Utf8Json.Span, "ocid"u8);
}
