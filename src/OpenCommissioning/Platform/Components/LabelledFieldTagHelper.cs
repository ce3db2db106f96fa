using Microsoft.AspNetCore.Html;

namespace OpenCommissioning.Platform.Components;

/// <summary>A form control with a single label (input, textarea, select and their kin).</summary>
public abstract class LabelledFieldTagHelper : FieldTagHelper
{
    public string? LabelText { get; set; }
    public IHtmlContent? LabelHtml { get; set; }
    public string? LabelClasses { get; set; }
    public bool LabelIsPageHeading { get; set; }

    protected IHtmlContent? Label(string? forId) =>
        Parts.Label(new LabelOptions(LabelText, LabelHtml, LabelClasses, LabelIsPageHeading), forId);

    /// <summary>The form group opening with the label, hint and error message, and the ids they describe.</summary>
    protected (HtmlElement Group, string? DescribedBy) LabelledGroup(string? id, string? describedBy = null)
    {
        var group = FormGroup().Append(Label(id));
        var hintId = id + "-hint";
        var hint = Hint(hintId);
        var errorId = id + "-error";
        var error = ErrorMessage(errorId);
        group.Append(hint).Append(error);
        describedBy = Parts.JoinIds(describedBy ?? DescribedBy, hint is null ? null : hintId, error is null ? null : errorId);
        return (group, describedBy);
    }
}
