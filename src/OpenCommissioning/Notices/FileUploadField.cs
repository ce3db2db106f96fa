using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OpenCommissioning.Notices;

/// <summary>
/// What the GOV.UK file upload partial (<c>_FileUpload</c>) needs: the field's name and its first error. The
/// platform has no file upload tag helper yet; when it has one, this partial gives way to it.
/// </summary>
public sealed record FileUploadField(string Name, ModelStateDictionary ModelState)
{
    public string LabelText { get; init; } = "Upload a file";
    public string HintText { get; init; } = "PDF, DOCX, ODT, XLSX, ODS or CSV, smaller than 25 MB";
    public string Accept { get; init; } = ".pdf,.docx,.odt,.xlsx,.ods,.csv";

    public string? ErrorMessage => ModelState.TryGetValue(Name, out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;
}
