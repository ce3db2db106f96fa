using System.Text;

namespace OpenCommissioning.Notices;

/// <summary>
/// Makes an uploaded file's name safe to keep and to send back: no folders ("../../x.pdf" is "x.pdf"), no
/// characters that file systems or headers reject, not too long, and never empty.
/// </summary>
public static class DocumentFileName
{
    private static readonly char[] Unsafe = ['<', '>', ':', '"', '/', '\\', '|', '?', '*', ';', '%'];

    public static string Clean(string? uploaded)
    {
        var name = (uploaded ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormC))
            if (!char.IsControl(ch) && !Unsafe.Contains(ch) && ch is not ('\u202E' or '\u202D' or '\u200E' or '\u200F')) kept.Append(ch);
        name = kept.ToString().Trim().Trim('.').Trim();
        var extension = Path.GetExtension(name);
        if (name.Length > NoticeDocument.FileNameMaxLength)
            name = name[..(NoticeDocument.FileNameMaxLength - extension.Length)] + extension;
        return name.Length == 0 || name == extension ? "document" + extension : name;
    }
}
