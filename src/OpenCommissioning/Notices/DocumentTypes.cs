using OpenCommissioning.Platform.Components;

namespace OpenCommissioning.Notices;

/// <summary>The kinds of document a buyer attaches, as OCDS documentType codes, and what each is called here.</summary>
public static class DocumentTypes
{
    public const string BiddingDocuments = "biddingDocuments";

    private static readonly (string Code, string Name, string Hint)[] Kinds =
    [
        (BiddingDocuments, "Tender documents", "Instructions and forms for providers who bid"),
        ("technicalSpecifications", "Specification", "What the service must do and achieve"),
        ("evaluationCriteria", "Evaluation criteria", "How bids will be scored"),
        ("contractDraft", "Draft contract", "The terms the provider will sign"),
        ("clarifications", "Answers to providers' questions", "Clarifications sent to everyone"),
        ("tenderNotice", "The notice as a document", "For example, the notice in another format or language"),
    ];

    public static IEnumerable<ChoiceItem> Choices { get; } = Kinds.Select(k => new ChoiceItem(k.Code, k.Name) { HintText = k.Hint }).ToList();

    public static bool IsKnown(string? code) => Kinds.Any(k => k.Code == code);

    public static string Name(string code) => Kinds.FirstOrDefault(k => k.Code == code).Name ?? code;

    /// <summary>A size as people read it: "820 KB", "2.4 MB".</summary>
    public static string SizeText(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{Math.Ceiling(bytes / 1024m):0} KB",
        _ => (bytes / (1024m * 1024m)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB",
    };

    public static string MediaType(DocumentKind kind) => kind switch
    {
        DocumentKind.Pdf => "application/pdf",
        DocumentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        DocumentKind.Odt => "application/vnd.oasis.opendocument.text",
        DocumentKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        DocumentKind.Ods => "application/vnd.oasis.opendocument.spreadsheet",
        DocumentKind.Csv => "text/csv",
        _ => "application/octet-stream",
    };
}
