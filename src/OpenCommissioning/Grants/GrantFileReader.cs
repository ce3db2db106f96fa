using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Grants;

/// <summary>
/// Streams the items of the top-level "grants" array of a 360Giving data file, one at a time, so memory holds one
/// grant and never the whole file (funders publish files of hundreds of thousands of grants). Anything else at the
/// top level (version, title, extensions…) is read past.
/// </summary>
internal sealed class GrantFileReader(Stream stream)
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip };

    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private bool final;
    private JsonReaderState state = new(Options);
    private bool inGrants;
    private bool finished;
    private bool anyToken;

    /// <summary>Each item of "grants": an object, or null where the item is not an object.</summary>
    public async IAsyncEnumerable<JsonObject?> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await FillAsync(cancellationToken);
        if (buffer.AsSpan(0, end).StartsWith("\uFEFF"u8)) start = 3;
        while (!finished)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = Step();
            if (step.NeedsMore)
            {
                if (final) throw new InvalidDataException("The file ends before its list of grants is closed; it may have been cut short.");
                await FillAsync(cancellationToken);
            }
            else if (step.Item is { } item) yield return item.Length == 0 ? null : JsonNode.Parse(item.Span) as JsonObject;
        }
    }

    private readonly record struct StepResult(bool NeedsMore, ReadOnlyMemory<byte>? Item);

    /// <summary>Reads one token (or one whole grant) from what the buffer holds, keeping the reader's state.</summary>
    private StepResult Step()
    {
        // Never told it is the final block, the reader says "need more" at a cut-off end instead of throwing,
        // which lets a truncated file be told apart from a malformed one.
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), isFinalBlock: false, state);
        try
        {
            if (!reader.Read()) return Ended();
            if (!inGrants)
            {
                if (reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.EndObject))
                    throw new InvalidDataException("This is not a 360Giving data file: it must be a JSON object with a list of \"grants\".");
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    var isGrants = reader.ValueTextEquals("grants"u8);
                    if (!reader.Read()) return new(true, null);
                    if (isGrants && reader.TokenType != JsonTokenType.StartArray)
                        throw new InvalidDataException("The \"grants\" of this 360Giving data file must be a list.");
                    if (isGrants) inGrants = true;
                    else if (!reader.TrySkip()) return new(true, null);
                }
                else if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
                    throw new InvalidDataException("This 360Giving data file has no list of \"grants\".");
                return Advance(reader, null);
            }
            if (reader.TokenType == JsonTokenType.EndArray) { finished = true; return Advance(reader, null); }
            var from = start + (int)reader.TokenStartIndex;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var isObject = reader.TokenType == JsonTokenType.StartObject;
                if (!reader.TrySkip()) return new(true, null);
                var length = start + (int)reader.BytesConsumed - from;
                return Advance(reader, isObject ? buffer.AsMemory(from, length) : ReadOnlyMemory<byte>.Empty);
            }
            return Advance(reader, ReadOnlyMemory<byte>.Empty);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The file is not well-formed JSON near line {(e.LineNumber ?? 0) + 1}.", e);
        }
    }

    private StepResult Ended()
    {
        if (!final) return new(true, null);
        if (!inGrants) throw new InvalidDataException(buffer.AsSpan(start, end - start).Trim(" \t\r\n"u8).IsEmpty && !anyToken
            ? "The file is empty." : "The file ends before its list of grants; it may have been cut short.");
        return new(true, null);
    }

    private StepResult Advance(Utf8JsonReader reader, ReadOnlyMemory<byte>? item)
    {
        // The item's bytes stay valid: the buffer is only moved by the next fill, after the caller has parsed them.
        start += (int)reader.BytesConsumed;
        anyToken = true;
        state = reader.CurrentState;
        return new(false, item);
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        while (end < buffer.Length)
        {
            var count = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
            if (count == 0) { final = true; break; }
            end += count;
        }
    }
}
