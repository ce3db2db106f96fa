using System.Text.Json.Nodes;
using CsCheck;
using OpenCommissioning.Ocds.Packaging;

namespace OpenCommissioning.Ocds.Tests.Packaging;

public class RecordsTests
{
    private static JsonObject Release(string id) =>
        new() { ["ocid"] = "ocds-a", ["id"] = id, ["date"] = "2020-01-01T00:00:00Z", ["tag"] = new JsonArray("tender") };

    [Fact]
    public void Build_WithoutALink_EmbedsCopiesOfTheReleases()
    {
        var release = Release("1");
        var compiled = new JsonObject { ["ocid"] = "ocds-a" };

        var record = Records.Build("ocds-a", [release], compiled);

        Assert.True(JsonNode.DeepEquals(release, record["releases"]![0]));
        Assert.NotSame(release, record["releases"]![0]);
        Assert.Null(release.Parent);
        Assert.False(record.ContainsKey("versionedRelease"));
    }

    [Fact]
    public void Build_WithALink_LinksEachReleaseByUrlDateAndTag()
    {
        var record = Records.Build("ocds-a", [Release("r1")], new JsonObject(), new JsonObject { ["ocid"] = "ocds-a" }, "https://x/p.json");

        Assert.Equal("""{"url":"https://x/p.json#r1","date":"2020-01-01T00:00:00Z","tag":["tender"]}""", record["releases"]![0]!.ToJsonString());
        Assert.Equal("ocds-a", (string?)record["versionedRelease"]!["ocid"]);
    }

    [Fact]
    public void Build_NeverChangesWhatItIsGiven()
    {
        Gen.Select(Gen.String.AlphaNumeric, Gen.Bool).Sample((id, linked) =>
        {
            var release = Release(id);
            var compiled = new JsonObject { ["tender"] = new JsonObject { ["id"] = id } };
            var before = release.ToJsonString() + compiled.ToJsonString();

            Records.Build("ocds-a", [release], compiled, null, linked ? "u" : null);

            Assert.Equal(before, release.ToJsonString() + compiled.ToJsonString());
        });
    }
}
