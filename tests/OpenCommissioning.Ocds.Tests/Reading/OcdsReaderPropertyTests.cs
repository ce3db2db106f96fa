using System.Text.Json.Nodes;
using CsCheck;
using OpenCommissioning.Ocds.Reading;

namespace OpenCommissioning.Ocds.Tests.Reading;

public class OcdsReaderPropertyTests
{
    private static readonly Gen<JsonObject> Release =
        Gen.Select(Gen.String[0, 40], Gen.Int[0, 5], Gen.Double.Unit).Select((text, depth, amount) =>
        {
            JsonNode inner = new JsonObject { ["amount"] = amount, ["text"] = text };
            for (var i = 0; i < depth; i++) inner = new JsonArray(inner, new JsonObject { ["id"] = i.ToString() });
            return new JsonObject { ["ocid"] = "ocds-" + text.Length, ["value"] = inner };
        });

    [Fact]
    public void ReadItems_WhateverTheBufferAndLayout_GivesBackEveryRelease()
    {
        Gen.Select(Release.List[0, 20], Gen.Int[16, 600], Gen.Bool).Sample((releases, bufferSize, packaged) =>
        {
            var input = packaged
                ? new JsonObject { ["uri"] = "u", ["releases"] = new JsonArray(releases.Select(r => (JsonNode)r.DeepClone()).ToArray()) }.ToJsonString()
                : string.Join("\n", releases.Select(r => r.ToJsonString()));

            var items = OcdsReaderTests.ReadAll(input, bufferSize).Where(i => i.Kind == OcdsItemKind.Release).ToList();

            Assert.Equal(releases.Select(r => r.ToJsonString()), items.Select(i => JsonNode.Parse(i.Json)!.ToJsonString()));
        });
    }
}
