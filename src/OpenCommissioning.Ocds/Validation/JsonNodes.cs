using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Validation;

/// <summary>Turns nodes into elements without reflection-based serialization, so the library stays trimmable.</summary>
internal static class JsonNodes
{
    public static JsonDocument ToDocument(JsonNode? node)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (node is null) writer.WriteNullValue();
            else node.WriteTo(writer);
        }
        return JsonDocument.Parse(buffer.WrittenMemory);
    }

    public static JsonElement ToElement(JsonNode? node)
    {
        using var document = ToDocument(node);
        return document.RootElement.Clone();
    }
}
