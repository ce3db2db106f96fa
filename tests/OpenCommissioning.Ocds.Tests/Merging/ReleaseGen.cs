using System.Text.Json.Nodes;
using CsCheck;

namespace OpenCommissioning.Ocds.Tests.Merging;

/// <summary>
/// Generates releases as JSON text (so that every sample parses into fresh nodes) from a small vocabulary, so
/// that ids, values and nulls collide often. Fields are absent a quarter of the time; objects in merged arrays
/// always have an id, and a path never switches between a value and an object.
/// </summary>
internal static class ReleaseGen
{
    private static readonly Gen<string> Text = Gen.OneOf<string>("\"a\"", "\"b\"", "\"c\"", "null");
    private static readonly Gen<string> Number = Gen.OneOf<string>("1", "2", "3.5", "null");
    private static readonly Gen<string> Id = Gen.OneOf<string>("\"1\"", "\"2\"", "\"3\"", "4");

    private static readonly Gen<string> Value = Object(Field("amount", Number), Field("currency", Gen.OneOf<string>("\"GBP\"", "\"EUR\"")));
    private static readonly Gen<string> Item = Object(Field("id", Id, always: true), Field("description", Text), Field("quantity", Number));
    private static readonly Gen<string> Organisation = Object(Field("id", Id, always: true), Field("name", Text));

    private static readonly Gen<string> Tender = Object(
        Field("title", Text), Field("value", OrNull(Value)), Field("items", ArrayOf(Item)),
        Field("submissionMethod", ArrayOf(Gen.OneOf<string>("\"written\"", "\"electronicSubmission\""))));

    private static readonly Gen<string> Award = Object(
        Field("id", Id, always: true), Field("title", Text), Field("status", Gen.OneOf<string>("\"pending\"", "\"active\"")),
        Field("value", Value), Field("suppliers", ArrayOf(Organisation)), Field("items", ArrayOf(Item)));

    private static readonly Gen<string> Party = Object(
        Field("id", Id, always: true), Field("name", Text),
        Field("roles", ArrayOf(Gen.OneOf<string>("\"buyer\"", "\"supplier\""))),
        Field("additionalIdentifiers", ArrayOf(Object(Field("scheme", Text), Field("id", Text)))));

    private static readonly Gen<string> Date = Gen.Select(Gen.Int[1, 4], Gen.OneOf<string>("Z", "+01:00", "-05:00"),
        (day, offset) => $"\"2020-01-0{day}T10:00:00{offset}\"");

    /// <summary>One release of the same ocid.</summary>
    public static readonly Gen<string> Release = Gen.Select(
        Object(Field("tender", OrNull(Tender)), Field("awards", ArrayOf(Award)), Field("parties", ArrayOf(Party)),
            Field("language", Text)),
        Date, Gen.Int[1, 99],
        (fields, date, id) => fields.Length == 2
            ? $$"""{"ocid":"ocds-213czf-1","id":"r{{id}}","date":{{date}},"tag":["tender"]}"""
            : $$"""{"ocid":"ocds-213czf-1","id":"r{{id}}","date":{{date}},"tag":["tender"],{{fields[1..]}}""");

    public static readonly Gen<string[]> Releases = Release.Array[1, 5];

    public static List<JsonNode> Parse(string[] texts) => texts.Select(t => JsonNode.Parse(t)!).ToList();

    private static Gen<string?> Field(string name, Gen<string> value, bool always = false) =>
        Gen.Select(Gen.Int[0, 3], value, (n, v) => n == 0 && !always ? null : $"\"{name}\":{v}");

    private static Gen<string> Object(params Gen<string?>[] fields)
    {
        var body = Gen.Const("");
        foreach (var field in fields)
        {
            body = Gen.Select(body, field, (b, f) => f is null ? b : b.Length == 0 ? f : b + "," + f);
        }

        return body.Select(b => "{" + b + "}");
    }

    private static Gen<string> ArrayOf(Gen<string> item) => item.Array[0, 3].Select(items => "[" + string.Join(",", items) + "]");

    private static Gen<string> OrNull(Gen<string> gen) => Gen.Select(Gen.Int[0, 5], gen, (n, v) => n == 0 ? "null" : v);
}
