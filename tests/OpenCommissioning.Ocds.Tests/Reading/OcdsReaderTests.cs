using System.Text;
using OpenCommissioning.Ocds.Reading;

namespace OpenCommissioning.Ocds.Tests.Reading;

public class OcdsReaderTests
{
    internal static List<(OcdsItemKind Kind, string Json, long Line, string Path)> ReadAll(string input, int bufferSize = 1 << 18)
    {
        using var reader = new OcdsReader(new MemoryStream(Encoding.UTF8.GetBytes(input)), "input.json", false, bufferSize);
        return reader.ReadItems().Select(i => (i.Kind, Encoding.UTF8.GetString(i.Utf8Json.Span), i.Line, i.Path)).ToList();
    }

    [Fact]
    public void ReadItems_OfJsonLines_GivesEachReleaseWithItsLine()
    {
        var items = ReadAll("{\"ocid\":\"a\"}\n{\"ocid\":\"b\"}\n\n{\"ocid\":\"c\"}\n");

        Assert.Equal(["{\"ocid\":\"a\"}", "{\"ocid\":\"b\"}", "{\"ocid\":\"c\"}"], items.Select(i => i.Json));
        Assert.Equal([1L, 2L, 4L], items.Select(i => i.Line));
        Assert.All(items, i => Assert.Equal(OcdsItemKind.Release, i.Kind));
    }

    [Fact]
    public void ReadItems_OfConcatenatedIndentedJson_GivesEachValue()
    {
        var items = ReadAll("{\n  \"ocid\": \"a\",\n  \"id\": \"1\"\n}{\"ocid\":\"b\"}  {\n\"ocid\":\"c\"}");

        Assert.Equal(3, items.Count);
        Assert.Equal("{\"ocid\": \"a\",\"id\": \"1\"}", items[0].Json);
        Assert.Equal([1L, 4L, 4L], items.Select(i => i.Line));
    }

    [Fact]
    public void ReadItems_OfReleasePackage_GivesReleasesThenMetadataWithoutTheArray()
    {
        var items = ReadAll("{\"uri\":\"u\",\"releases\":[\n{\"ocid\":\"a\"},\n{\"ocid\":\"b\"}],\"links\":{\"next\":\"n\"}}");

        Assert.Equal([OcdsItemKind.Release, OcdsItemKind.Release, OcdsItemKind.ReleasePackage], items.Select(i => i.Kind));
        Assert.Equal(["releases[0]", "releases[1]", ""], items.Select(i => i.Path));
        Assert.Equal([2L, 3L, 1L], items.Select(i => i.Line));
        Assert.Equal("{\"uri\":\"u\",\"links\":{\"next\":\"n\"}}", items[2].Json);
    }

    [Fact]
    public void ReadItems_OfRecordPackage_GivesRecordsThenMetadata()
    {
        var items = ReadAll("{\"records\":[{\"ocid\":\"a\",\"releases\":[]}],\"version\":\"1.1\"}");

        Assert.Equal([OcdsItemKind.Record, OcdsItemKind.RecordPackage], items.Select(i => i.Kind));
        Assert.Equal("{\"ocid\":\"a\",\"releases\":[]}", items[0].Json);
    }

    [Fact]
    public void ReadItems_OfBareRecord_GivesOneRecordWithItsReleases()
    {
        var items = ReadAll("{\"ocid\":\"a\",\"releases\":[{\"id\":\"1\"}]}");

        var record = Assert.Single(items);
        Assert.Equal(OcdsItemKind.Record, record.Kind);
        Assert.Equal("{\"ocid\":\"a\",\"releases\":[{\"id\":\"1\"}]}", record.Json);
    }

    [Fact]
    public void ReadItems_OfTopLevelArray_GivesEachElementAsARelease()
    {
        var items = ReadAll("[{\"ocid\":\"a\"}, 5]");

        Assert.Equal(["[0]", "[1]"], items.Select(i => i.Path));
        Assert.Equal("5", items[1].Json);
    }

    [Fact]
    public void ReadItems_AfterAByteOrderMark_ReadsTheJson()
    {
        var items = ReadAll("\uFEFF{\"ocid\":\"a\"}");

        Assert.Equal("{\"ocid\":\"a\"}", Assert.Single(items).Json);
    }

    [Fact]
    public void ReadItems_WithAReleaseLargerThanTheBuffer_GrowsAndKeepsLines()
    {
        var big = new string('x', 5000);
        var input = $"{{\"ocid\":\"a\",\"d\":\"{big}\"}}\n{{\"ocid\":\"b\"}}";

        var items = ReadAll(input, bufferSize: 64);

        Assert.Equal(2, items.Count);
        Assert.Contains(big, items[0].Json);
        Assert.Equal(2L, items[1].Line);
    }

    [Fact]
    public void ReadItems_OfBrokenJson_ThrowsNamingTheFileLineAndPath()
    {
        var input = "{\"releases\":[\n{\"ocid\":\"a\"},\n{\"ocid\" \"b\"}]}";

        var error = Assert.Throws<OcdsReadException>(() => ReadAll(input, bufferSize: 16));

        Assert.Equal(3, error.Line);
        Assert.Equal("releases[1]", error.Path);
        Assert.StartsWith("input.json, line 3 (releases[1]): the JSON is not well formed", error.Message);
    }

    [Fact]
    public void ReadItems_OfTruncatedJson_SaysTheFileWasCutShort()
    {
        var error = Assert.Throws<OcdsReadException>(() => ReadAll("{\"releases\":[{\"ocid\":\"a\"}"));

        Assert.Contains("cut short", error.Problem);
    }

    [Fact]
    public void ReadOcid_OfARelease_FindsItAfterOtherFields()
    {
        var item = ReadAll("{\"tag\":[\"x\"],\"ocid\":\"ocds-1\"}");

        using var reader = new OcdsReader(new MemoryStream("{\"tag\":{\"ocid\":1},\"ocid\":\"ocds-1\"}"u8.ToArray()), "x");
        Assert.Equal("ocds-1", reader.ReadItems().Single().ReadOcid());
        Assert.Single(item);
    }
}
