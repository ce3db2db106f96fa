using System.Text.Json;

namespace OpenCommissioning.Ocds.Reading;

/// <summary>Reads one field of an object without building the object, for grouping releases quickly.</summary>
internal static class TopLevelFields
{
    public static string? ReadString(ReadOnlySpan<byte> utf8Json, ReadOnlySpan<byte> name)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var wanted = reader.ValueTextEquals(name);
                reader.Read();
                if (wanted) return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // The reader has already checked the JSON; a broken item simply has no field to give.
        }
        return null;
    }
}
