using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Packaging;

/// <summary>The organisation that publishes a package (the package's <c>publisher</c>).</summary>
public sealed record Publisher(string? Name, string? Scheme = null, string? Uid = null, string? Uri = null)
{
    public static Publisher? FromJson(JsonNode? node) => node is JsonObject o
        ? new Publisher(Text(o["name"]), Text(o["scheme"]), Text(o["uid"]), Text(o["uri"]))
        : null;

    public JsonObject ToJson()
    {
        var o = new JsonObject { ["name"] = Name ?? "" };
        if (Scheme is not null) o["scheme"] = Scheme;
        if (Uid is not null) o["uid"] = Uid;
        if (Uri is not null) o["uri"] = Uri;
        return o;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
