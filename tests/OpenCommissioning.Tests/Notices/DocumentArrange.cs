using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using OpenCommissioning.Notices;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Files a buyer might upload, and the upload form posted as a browser posts it (multipart).</summary>
public static class DocumentArrange
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
    public static readonly byte[] Csv = Encoding.UTF8.GetBytes("lot,value\nRefuge,150000\n");
    public static readonly byte[] Docx = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));
    public static readonly byte[] DocxWithMacros = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "macro"));
    public static readonly byte[] Program = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

    public static byte[] Zip(params (string Name, string Text)[] entries)
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

    /// <summary>A PDF of exactly <paramref name="size"/> bytes.</summary>
    public static byte[] PdfOfSize(long size)
    {
        var content = new byte[size];
        Array.Fill(content, (byte)' ');
        Pdf.CopyTo(content, 0);
        return content;
    }

    /// <summary>Opens the notice's documents page and uploads one file through its form.</summary>
    public static async Task<HtmlPage> UploadAsync(this SignedInMember buyer, Guid noticeId, string fileName, byte[] content,
        string title = "Specification", string documentType = "technicalSpecifications")
    {
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Documents(buyer.Organisation.Id, noticeId));
        return await page.PostUploadAsync(buyer.Browser, fileName, content, new() { ["DocumentTitle"] = title, ["DocumentType"] = documentType });
    }

    /// <summary>Posts the page's upload form with every field it holds (its token too), the given values and one file.</summary>
    /// <paramref name="withoutLength"/> sends the body chunked, as a client may, so the server cannot refuse it by its length.
    public static async Task<HtmlPage> PostUploadAsync(this HtmlPage page, HttpClient browser, string fileName, byte[] content,
        Dictionary<string, string> values, bool withoutLength = false)
    {
        var form = page.Document.QuerySelector("form#upload") as IHtmlFormElement
            ?? throw new InvalidOperationException($"No upload form on {page.Title} ({page.Status}).");
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type != "file" && (i.Type is not ("radio" or "checkbox") || i.IsChecked))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in values) fields[name] = value;
        var body = new MultipartFormDataContent();
        foreach (var (name, value) in fields) body.Add(new StringContent(value), name);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "Upload", fileName);
        HttpContent sent = withoutLength ? new UnknownLengthContent(body) : body;
        return await HtmlPage.ParseAsync(await browser.PostAsync(page.Response.RequestMessage!.RequestUri!.PathAndQuery, sent));
    }

    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly HttpContent inner;

        public UnknownLengthContent(HttpContent inner)
        {
            this.inner = inner;
            Headers.ContentType = inner.Headers.ContentType;
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => inner.CopyToAsync(stream);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>The documents listed on the documents page, by title.</summary>
    public static async Task<IReadOnlyList<string>> DocumentTitlesAsync(this SignedInMember buyer, Guid noticeId)
    {
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Documents(buyer.Organisation.Id, noticeId));
        return page.Document.QuerySelectorAll("#documents .govuk-summary-list__key").Select(e => e.TextContent.Trim()).ToList();
    }

    /// <summary>Uploads a PDF and returns its id, read from the page's remove form.</summary>
    public static async Task<Guid> UploadPdfAsync(this SignedInMember buyer, Guid noticeId, string title = "Specification")
    {
        var result = await buyer.UploadAsync(noticeId, "specification.pdf", Pdf, title);
        if (result.Location is null) throw new InvalidOperationException("Upload refused: " + string.Join("; ", result.ErrorSummary));
        var page = await HtmlPage.GetAsync(buyer.Browser, result.Location);
        var row = page.Document.QuerySelectorAll("#documents .govuk-summary-list__row")
            .Single(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == title);
        return Guid.Parse(row.QuerySelector("input[name=documentId]")!.GetAttribute("value")!);
    }
}
