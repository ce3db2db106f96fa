using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Packaging;

namespace OpenCommissioning.Ocds.Tests.Packaging;

public class PackageMetadataTests
{
    [Fact]
    public void Absorb_OfTwoPackages_KeepsTheFirstValuesAndTheUnionOfExtensions()
    {
        var metadata = PackageMetadata.FromPackage(JsonNode.Parse("""{"uri":"u1","extensions":["a","b"],"license":"L"}""")!.AsObject());

        metadata.Absorb(JsonNode.Parse("""{"uri":"u2","publishedDate":"2020-01-01T00:00:00Z","extensions":["b","c",""]}""")!.AsObject());

        Assert.Equal("u1", metadata.Uri);
        Assert.Equal("2020-01-01T00:00:00Z", metadata.PublishedDate);
        Assert.Equal(["a", "b", "c"], metadata.Extensions);
        Assert.Equal("L", metadata.License);
    }

    [Fact]
    public void WriteFields_WithoutAPublisher_WritesTheRequiredFieldsEmptyAndVersionOneOne()
    {
        var metadata = new PackageMetadata();

        var json = Write(metadata);

        Assert.Equal("""{"uri":"","version":"1.1","publishedDate":"","publisher":{"name":""}}""", json);
    }

    [Fact]
    public void FromPackage_ReadsThePublishersFields()
    {
        var metadata = PackageMetadata.FromPackage(JsonNode.Parse("""{"publisher":{"name":"N","scheme":"GB-GOR","uid":"D2","uri":"https://x"}}""")!.AsObject());

        Assert.Equal(new Publisher("N", "GB-GOR", "D2", "https://x"), metadata.Publisher);
    }

    private static string Write(PackageMetadata metadata)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            metadata.WriteFields(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
