using System.Text;
using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Packaging;

namespace OpenCommissioning.Ocds.Tests.Packaging;

public class PackageWriterTests
{
    [Fact]
    public void ForReleases_WithLeadingMetadata_WritesMetadataThenReleasesAsGiven()
    {
        using var stream = new MemoryStream();
        var metadata = new PackageMetadata { Uri = "u", PublishedDate = "d", Publisher = new Publisher("P") };

        using (var package = PackageWriter.ForReleases(stream, metadata))
        {
            package.Write("""{"ocid":"a", "id":"1"}"""u8);
            package.Write(new JsonObject { ["ocid"] = "b" });
            package.Complete();
        }

        Assert.Equal("""{"uri":"u","version":"1.1","publishedDate":"d","publisher":{"name":"P"},"releases":[{"ocid":"a", "id":"1"},{"ocid":"b"}]}""",
            Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void ForRecords_WithTrailingMetadata_WritesItAfterTheRecords()
    {
        using var stream = new MemoryStream();

        using (var package = PackageWriter.ForRecords(stream))
        {
            package.Write(new JsonObject { ["ocid"] = "a" });
            package.Complete(new PackageMetadata { Uri = "u" });
        }

        var json = JsonNode.Parse(stream.ToArray())!;
        Assert.Equal("u", (string?)json["uri"]);
        Assert.Equal("a", (string?)json["records"]![0]!["ocid"]);
        Assert.StartsWith("{\"records\":", Encoding.UTF8.GetString(stream.ToArray()));
    }
}
