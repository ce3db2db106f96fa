using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Tests.Merging;

/// <summary>Short-hand for the small releases the rule tests merge.</summary>
internal static class Releases
{
    public const string Ocid = "ocds-213czf-1";

    /// <summary>A release of <see cref="Ocid"/> with the given date and fields (JSON object text).</summary>
    public static JsonObject Release(string date, string fields = "{}", string? id = null)
    {
        var release = JsonNode.Parse(fields)!.AsObject();
        release["ocid"] ??= Ocid;
        release["id"] ??= id ?? $"release-{date}";
        release["date"] = date;
        release["tag"] ??= new JsonArray("tender");
        return release;
    }

    public static JsonNode Json(string text) => JsonNode.Parse(text)!;

    public static void AssertJsonEqual(string expected, JsonNode? actual) =>
        WorkedExampleTests.AssertJsonEqual(Json(expected), actual);
}
