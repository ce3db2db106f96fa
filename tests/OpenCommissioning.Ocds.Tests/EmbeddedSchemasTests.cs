using OpenCommissioning.Ocds;

namespace OpenCommissioning.Ocds.Tests;

public class EmbeddedSchemasTests
{
    [Fact]
    public void ReleaseSchema_IsTheOcds115Schema()
    {
        var schema = EmbeddedSchemas.ReadJson(EmbeddedSchemas.ReleaseSchema);

        Assert.Equal("https://standard.open-contracting.org/schema/1__1__5/release-schema.json", (string?)schema["id"]);
    }

    [Fact]
    public void Extensions_AreEmbeddedWithTheirReleaseSchemas()
    {
        Assert.True(EmbeddedSchemas.Exists("extensions/ocds_lots_extension/release-schema.json"));
        Assert.Contains("codelists/tenderStatus.csv", EmbeddedSchemas.Names);
    }

    [Fact]
    public void ReadText_OfAnUnknownName_SaysWhichNameWasMissing()
    {
        var error = Assert.Throws<FileNotFoundException>(() => EmbeddedSchemas.ReadText("no-such.json"));

        Assert.Contains("no-such.json", error.Message);
    }
}
