using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Cli;

/// <summary>Writes JSON values one per line to a stream, through one reused writer.</summary>
internal sealed class JsonLines(Stream output) : IDisposable
{
    private readonly Utf8JsonWriter writer = new(output, new JsonWriterOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    });

    public void Write(JsonNode value)
    {
        value.WriteTo(writer);
        writer.Flush();
        writer.Reset();
        output.WriteByte((byte)'\n');
    }

    public void Dispose() => writer.Dispose();
}
