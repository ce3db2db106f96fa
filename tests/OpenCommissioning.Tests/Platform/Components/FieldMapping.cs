using OpenCommissioning.Platform.Components;

namespace OpenCommissioning.Tests.Platform.Components;

/// <summary>Maps the options every form control shares from a fixture onto our tag helpers.</summary>
public static class FieldMapping
{
    public static void Field(FieldTagHelper helper, FixtureOptions o)
    {
        helper.Id = o.Str("id");
        helper.Name = o.Str("name");
        helper.DescribedBy = o.Str("describedBy");
        helper.HintText = o.Str("hint.text");
        helper.HintHtml = o.Html("hint.html");
        helper.HintClasses = o.Str("hint.classes");
        helper.ErrorMessageText = o.Str("errorMessage.text");
        helper.ErrorMessageHtml = o.Html("errorMessage.html");
        helper.ErrorMessageVisuallyHiddenText = o.Str("errorMessage.visuallyHiddenText");
        helper.FormGroupClasses = o.Str("formGroup.classes");
    }

    public static void Labelled(LabelledFieldTagHelper helper, FixtureOptions o)
    {
        Field(helper, o);
        helper.LabelText = o.Str("label.text");
        helper.LabelHtml = o.Html("label.html");
        helper.LabelClasses = o.Str("label.classes");
        helper.LabelIsPageHeading = o.Bool("label.isPageHeading");
    }
}
