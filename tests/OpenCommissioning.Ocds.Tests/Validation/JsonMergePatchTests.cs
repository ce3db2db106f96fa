using System.Text.Json.Nodes;
using CsCheck;
using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Ocds.Tests.Validation;

public class JsonMergePatchTests
{
    [Theory]
    // The examples of RFC 7386, appendix A.
    [InlineData("""{"a":"b"}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"b":"c"}""", """{"a":"b","b":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"a":null}""", """{}""")]
    [InlineData("""{"a":"b","b":"c"}""", """{"a":null}""", """{"b":"c"}""")]
    [InlineData("""{"a":["b"]}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"c"}""", """{"a":["b"]}""", """{"a":["b"]}""")]
    [InlineData("""{"a":{"b":"c"}}""", """{"a":{"b":"d","c":null}}""", """{"a":{"b":"d"}}""")]
    [InlineData("""{"a":[{"b":"c"}]}""", """{"a":[1]}""", """{"a":[1]}""")]
    [InlineData("""["a","b"]""", """["c","d"]""", """["c","d"]""")]
    [InlineData("""{"a":"b"}""", """["c"]""", """["c"]""")]
    [InlineData("""{"e":null}""", """{"a":1}""", """{"e":null,"a":1}""")]
    [InlineData("""[1,2]""", """{"a":"b","c":null}""", """{"a":"b"}""")]
    [InlineData("""{}""", """{"a":{"bb":{"ccc":null}}}""", """{"a":{"bb":{}}}""")]
    public void Apply_FollowsRfc7386Examples(string target, string patch, string expected)
    {
        var result = JsonMergePatch.Apply(JsonNode.Parse(target), JsonNode.Parse(patch));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), result), result?.ToJsonString());
    }

    private static readonly Gen<JsonNode?> Value = Gen.Recursive<JsonNode?>((depth, inner) => depth >= 3
        ? Gen.OneOf(Gen.Int[-5, 5].Select(i => (JsonNode?)i), Gen.String[Gen.Char["ab"], 0, 2].Select(s => (JsonNode?)s), Gen.Const<JsonNode?>(() => null))
        : Gen.OneOf(
            Gen.Int[-5, 5].Select(i => (JsonNode?)i),
            Gen.Const<JsonNode?>(() => null),
            Gen.Dictionary(Gen.String[Gen.Char["abc"], 1, 2], inner)[0, 3].Select(d => (JsonNode?)new JsonObject(d!)))
    );

    [Fact]
    public void Apply_NeverChangesItsInputsAndIsIdempotent()
    {
        Gen.Select(Value, Value).Sample((target, patch) =>
        {
            var (targetBefore, patchBefore) = (target?.ToJsonString(), patch?.ToJsonString());

            var once = JsonMergePatch.Apply(target, patch);
            var twice = JsonMergePatch.Apply(once, patch);

            return target?.ToJsonString() == targetBefore && patch?.ToJsonString() == patchBefore
                && JsonNode.DeepEquals(once, twice);
        });
    }
}
