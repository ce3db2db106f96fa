using System.Buffers;
using System.Text.Json;

namespace OpenCommissioning.Ocds.Reading;

/// <summary>
/// Reads releases, records and packages one at a time from a file or standard input holding JSON, concatenated
/// JSON or JSON lines. A package's releases or records come out one by one, then the package's metadata, so memory
/// holds one item at a time however large the input. A top-level array is read as a list of releases.
/// </summary>
/// <remarks>
/// A top-level object is a package when it has a <c>releases</c> or <c>records</c> array, unless it has an
/// <c>ocid</c> before that array, which makes it a record (read whole, as one release-like item of kind Record).
/// </remarks>
public sealed class OcdsReader : IDisposable
{
    public const string StandardInputName = "standard input";

    private readonly Stream stream;
    private readonly bool leaveOpen;
    private readonly JsonWindow window;
    private readonly ArrayBufferWriter<byte> fields = new();

    public OcdsReader(Stream stream, string source, bool leaveOpen = false)
        : this(stream, source, leaveOpen, 1 << 18)
    {
    }

    internal OcdsReader(Stream stream, string source, bool leaveOpen, int bufferSize)
    {
        this.stream = stream;
        this.leaveOpen = leaveOpen;
        Source = source;
        window = new JsonWindow(stream, source, bufferSize);
    }

    public string Source { get; }

    /// <summary>Opens a file, or standard input when the path is "-".</summary>
    public static OcdsReader Open(string path) => path == "-"
        ? new OcdsReader(Console.OpenStandardInput(), StandardInputName)
        : new OcdsReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), path);

    /// <summary>Every item, in input order. Throws <see cref="OcdsReadException"/> where the JSON is broken.</summary>
    public IEnumerable<OcdsItem> ReadItems()
    {
        while (window.Read())
        {
            window.Path = "";
            if (window.TokenType == JsonTokenType.StartObject)
            {
                foreach (var item in ReadTopObject()) yield return item;
            }
            else if (window.TokenType == JsonTokenType.StartArray)
            {
                foreach (var item in ReadElements(OcdsItemKind.Release, "")) yield return item;
            }
            else
            {
                yield return ValueItem(OcdsItemKind.Release, "", window.TokenStart);
            }
        }
    }

    private IEnumerable<OcdsItem> ReadTopObject()
    {
        var objectStart = window.TokenStart;
        var line = window.LineAt(objectStart);
        var offset = window.AbsoluteOffset(objectStart);
        var kind = (OcdsItemKind?)null;
        var hasOcid = false;
        var hasReleases = false;
        fields.ResetWrittenCount();
        while (window.Read() && window.TokenType == JsonTokenType.PropertyName)
        {
            var name = window.PropertyName!;
            window.Mark = window.TokenStart;
            window.Read();
            var listKind = name switch { "records" => OcdsItemKind.Record, "releases" when !hasOcid => OcdsItemKind.Release, _ => (OcdsItemKind?)null };
            if (listKind is not null && window.TokenType == JsonTokenType.StartArray)
            {
                window.Mark = -1;
                kind = listKind == OcdsItemKind.Record ? OcdsItemKind.RecordPackage : OcdsItemKind.ReleasePackage;
                foreach (var item in ReadElements(listKind.Value, name)) yield return item;
                continue;
            }
            hasOcid |= name == "ocid";
            hasReleases |= name == "releases";
            var (from, length) = window.ReadValue();
            if (fields.WrittenCount > 0) fields.Write(","u8);
            fields.Write(window.Slice(from, length).Span);
        }
        var json = new byte[fields.WrittenCount + 2];
        json[0] = (byte)'{';
        fields.WrittenSpan.CopyTo(json.AsSpan(1));
        json[^1] = (byte)'}';
        yield return new OcdsItem
        {
            Kind = kind ?? (hasOcid && hasReleases ? OcdsItemKind.Record : OcdsItemKind.Release),
            Utf8Json = json,
            Source = Source,
            Line = line,
            Path = "",
            Offset = offset,
        };
    }

    private IEnumerable<OcdsItem> ReadElements(OcdsItemKind kind, string arrayName)
    {
        var position = 0;
        while (window.Read() && window.TokenType != JsonTokenType.EndArray)
        {
            var path = $"{arrayName}[{position}]";
            window.Path = path;
            yield return ValueItem(kind, path, window.TokenStart);
            position++;
        }
        window.Path = "";
    }

    private OcdsItem ValueItem(OcdsItemKind kind, string path, int valueStart)
    {
        var line = window.LineAt(valueStart);
        var offset = window.AbsoluteOffset(valueStart);
        var (from, length) = window.ReadValue();
        return new OcdsItem { Kind = kind, Utf8Json = window.Slice(from, length), Source = Source, Line = line, Path = path, Offset = offset };
    }

    public void Dispose()
    {
        if (!leaveOpen) stream.Dispose();
    }
}
