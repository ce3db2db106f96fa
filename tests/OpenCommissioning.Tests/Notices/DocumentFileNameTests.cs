using OpenCommissioning.Notices;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Uploaded names are kept without folders or characters that break file systems and headers.</summary>
public sealed class DocumentFileNameTests
{
    [Theory]
    [InlineData("specification.pdf", "specification.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData(@"C:\Users\buyer\Desktop\prices.xlsx", "prices.xlsx")]
    [InlineData("<script>alert(1)<\\script>.pdf", "script.pdf")]
    [InlineData("report\u202Efdp.exe", "reportfdp.exe")]
    [InlineData("tab\there\r\n.csv", "tabhere.csv")]
    [InlineData("  ...  ", "document")]
    [InlineData("\"quoted\";name=x.pdf", "quotedname=x.pdf")]
    [InlineData(null, "document")]
    public void Clean_RemovesFoldersAndUnsafeCharacters(string? uploaded, string expected)
    {
        var cleaned = DocumentFileName.Clean(uploaded);

        Assert.Equal(expected, cleaned);
    }

    [Fact]
    public void Clean_WhenNameTooLong_KeepsItsExtension()
    {
        var cleaned = DocumentFileName.Clean(new string('a', 500) + ".docx");

        Assert.Equal(NoticeDocument.FileNameMaxLength, cleaned.Length);
        Assert.EndsWith(".docx", cleaned);
    }

    [Theory]
    [InlineData(1024L * 1024, "The selected file must be smaller than 1 MB")]
    [InlineData(25L * 1024 * 1024, "The selected file must be smaller than 25 MB")]
    [InlineData(1536L * 1024, "The selected file must be smaller than 1.5 MB")]
    public void Check_WhenOverTheConfiguredLimit_SaysTheLimit(long limit, string message)
    {
        var result = DocumentCheck.Check("big.csv", new byte[limit + 1], limit);

        Assert.Equal(message, result.Error);
        Assert.Null(result.Kind);
    }
}
