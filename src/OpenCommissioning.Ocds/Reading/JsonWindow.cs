using System.Text.Json;

namespace OpenCommissioning.Ocds.Reading;

/// <summary>
/// Reads JSON tokens from a stream through a sliding buffer, so that memory holds only the value being read and
/// never the whole input. Values may follow one another (concatenated JSON, JSON lines).
/// </summary>
internal sealed class JsonWindow(Stream stream, string source, int initialSize = 1 << 18)
{
    private static readonly JsonReaderOptions Options = new() { AllowMultipleValues = true, MaxDepth = 256 };

    private byte[] buffer = new byte[initialSize];
    private int start;
    private int end;
    private bool final;
    private bool started;
    private JsonReaderState state = new(Options);
    private long bufferOffset;
    private int lineScan;
    private long linesBeforeScan;

    public JsonTokenType TokenType { get; private set; }

    /// <summary>Where the current token starts in the buffer (valid until the next read).</summary>
    public int TokenStart { get; private set; }

    public string? PropertyName { get; private set; }

    /// <summary>A place in the buffer to keep while reading on (such as a property's name); -1 for none.</summary>
    public int Mark { get; set; } = -1;

    public int CurrentDepth { get; private set; }

    /// <summary>The JSON path of what is being read, for messages; kept by the caller.</summary>
    public string Path { get; set; } = "";

    public ReadOnlyMemory<byte> Slice(int from, int length) => buffer.AsMemory(from, length);

    public long AbsoluteOffset(int index) => bufferOffset + index;

    /// <summary>The line (from 1) of a place in the buffer; places must be asked for in increasing order.</summary>
    public long LineAt(int index)
    {
        if (index >= lineScan) linesBeforeScan += buffer.AsSpan(lineScan, index - lineScan).Count((byte)'\n');
        else linesBeforeScan -= buffer.AsSpan(index, lineScan - index).Count((byte)'\n');
        lineScan = index;
        return linesBeforeScan + 1;
    }

    public bool Read()
    {
        while (true)
        {
            if (!started) StartUp();
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, state);
            bool read;
            try { read = reader.Read(); }
            catch (JsonException e) { throw Broken(e); }
            if (read)
            {
                TokenType = reader.TokenType;
                TokenStart = start + (int)reader.TokenStartIndex;
                CurrentDepth = reader.CurrentDepth;
                PropertyName = reader.TokenType == JsonTokenType.PropertyName ? reader.GetString() : null;
                start += (int)reader.BytesConsumed;
                state = reader.CurrentState;
                return true;
            }
            if (final) return false;
            Fill(Mark >= 0 ? Mark : start);
        }
    }

    /// <summary>
    /// Reads the whole value whose first token has just been read and gives back where the kept span (from
    /// <see cref="Mark"/>, or else the value's start, to the value's end) now is; clears the mark.
    /// </summary>
    public (int From, int Length) ReadValue()
    {
        var keepFrom = Mark >= 0 ? Mark : TokenStart;
        Mark = -1;
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return (keepFrom, start - keepFrom);
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, state);
            bool skipped;
            try { skipped = reader.TrySkip(); }
            catch (JsonException e) { throw Broken(e); }
            if (skipped)
            {
                start += (int)reader.BytesConsumed;
                state = reader.CurrentState;
                TokenType = reader.TokenType;
                return (keepFrom, start - keepFrom);
            }
            keepFrom -= Fill(keepFrom);
        }
    }

    private void StartUp()
    {
        started = true;
        Fill(0);
        if (buffer.AsSpan(0, end).StartsWith("\uFEFF"u8)) start = 3;
    }

    /// <summary>Moves the kept bytes to the front, grows the buffer when they fill it, and reads more input.</summary>
    private int Fill(int keepFrom)
    {
        var shift = keepFrom;
        if (shift > 0)
        {
            LineAt(shift);
            buffer.AsSpan(shift, end - shift).CopyTo(buffer);
            end -= shift;
            start -= shift;
            TokenStart -= shift;
            if (Mark >= 0) Mark -= shift;
            lineScan -= shift;
            bufferOffset += shift;
        }
        if (end == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        while (end < buffer.Length)
        {
            var count = stream.Read(buffer, end, buffer.Length - end);
            if (count == 0) { final = true; break; }
            end += count;
        }
        return shift;
    }

    private OcdsReadException Broken(JsonException e)
    {
        // The reader's state carries the line count across buffers, so its line number is from the input's start.
        var line = (e.LineNumber ?? 0) + 1;
        var detail = e.Message;
        var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) detail = detail[..cut];
        var problem = final && start >= end - 1 && detail.Contains("depth", StringComparison.OrdinalIgnoreCase)
            ? "the JSON ends before an object or array is closed; the file may have been cut short."
            : $"the JSON is not well formed: {detail}";
        return new OcdsReadException(source, line, Path, problem, e);
    }
}
