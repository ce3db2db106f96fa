using OpenCommissioning.Platform.Components;

namespace OpenCommissioning.Notices;

/// <summary>
/// Checks the amendment form's choice of documents to withdraw: each one a document this notice can withdraw, and
/// a reason whenever any is chosen. Ids are read as text so that a forged or foreign id gets a message, not a crash.
/// </summary>
internal static class WithdrawalInput
{
    public const string DocumentsField = "WithdrawDocuments";
    public const string ReasonField = "WithdrawalReason";

    /// <summary>The documents chosen, or an empty list (with errors recorded) when the choice does not hold.</summary>
    public static (IReadOnlyList<DocumentSummary> Documents, string Reason) Read(IReadOnlyList<string> posted, string? reason,
        IReadOnlyList<DocumentSummary> withdrawable, Action<string, string> error)
    {
        var text = (reason ?? "").Trim();
        var chosen = new List<DocumentSummary>();
        foreach (var value in posted.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct())
        {
            var document = Guid.TryParse(value, out var id) ? withdrawable.FirstOrDefault(d => d.Id == id) : null;
            if (document is null)
            {
                error(DocumentsField, "Choose only documents listed for this notice");
                return ([], text);
            }
            chosen.Add(document);
        }
        if (chosen.Count > 0 && text.Length == 0) error(ReasonField, "Enter why the documents are withdrawn");
        else if (text.Length > DocumentWithdrawal.ReasonMaxLength)
            error(ReasonField, $"Reason for withdrawing must be {DocumentWithdrawal.ReasonMaxLength} characters or fewer");
        else if (chosen.Count == 0 && text.Length > 0) error(DocumentsField, "Select the documents to withdraw, or delete the reason");
        return (chosen, text);
    }

    /// <summary>The checkboxes, one a withdrawable document, each with its file name and size as a hint.</summary>
    public static IReadOnlyList<ChoiceItem> Choices(IReadOnlyList<DocumentSummary> withdrawable) =>
        withdrawable.Select(d => new ChoiceItem(d.Id.ToString(), d.Title) { HintText = $"{d.FileName}, {DocumentTypes.SizeText(d.Size)}" }).ToList();
}
