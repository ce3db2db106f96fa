using System.IO.Compression;
using System.Text;
using OpenCommissioning.Notices;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Documents are recognised by their content, not their names; each refusal says why.</summary>
public sealed class DocumentCheckTests
{
    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        return stream.ToArray();
    }

    private static readonly byte[] Docx = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));

    public static TheoryData<string, byte[], DocumentKind> Accepted => new()
    {
        { "spec.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n..."), DocumentKind.Pdf },
        { "spec.docx", Docx, DocumentKind.Docx },
        { "prices.xlsx", Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")), DocumentKind.Xlsx },
        { "spec.odt", Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")), DocumentKind.Odt },
        { "prices.ods", Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet")), DocumentKind.Ods },
        { "lots.csv", Encoding.UTF8.GetBytes("lot,value\nRefuge,150000\n"), DocumentKind.Csv },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Check_WhenContentAndNameAgree_AcceptsIt(string name, byte[] content, DocumentKind kind)
    {
        var result = DocumentCheck.Check(name, content);

        Assert.Null(result.Error);
        Assert.Equal(kind, result.Kind);
    }

    // Not theory data: xunit serialises theory data at discovery, element by element, so a 25 MB array there
    // cost the test host gigabytes before any test ran.
    [Fact]
    public void Check_WhenFileOverTheLimit_RefusesWithTheLimitInWords()
    {
        var result = DocumentCheck.Check("big.pdf", new byte[DocumentCheck.MaxBytes + 1]);

        Assert.Null(result.Kind);
        Assert.Equal("The selected file must be smaller than 25 MB", result.Error);
    }

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "empty.pdf", [], "The selected file is empty" },
        { "tender.pdf", [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03], "The selected file is a program, not a document. Programs cannot be uploaded" },
        { "tender.csv", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1], "The selected file is a program, not a document. Programs cannot be uploaded" },
        { "run.csv", Encoding.ASCII.GetBytes("#!/bin/sh\nrm -rf /\n"), "The selected file is a program, not a document. Programs cannot be uploaded" },
        { "photo.pdf", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], DocumentCheck.WrongType },
        { "archive.docx", Zip(("readme.txt", "hello")), DocumentCheck.WrongType },
        { "macro.docx", Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w/>"), ("word/vbaProject.bin", "x")), "The selected file contains macros. Save it without macros and try again" },
        { "broken.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "The selected file is damaged and cannot be opened" },
        { "spec.pdf", Docx, "The selected file is a DOCX but its name does not end in .docx. Rename it and try again" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Check_WhenFileUnsuitable_RefusesWithItsMessage(string name, byte[] content, string message)
    {
        var result = DocumentCheck.Check(name, content);

        Assert.Null(result.Kind);
        Assert.Equal(message, result.Error);
    }
}
