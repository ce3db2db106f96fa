using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>
/// The GOV.UK password input, with the "Show" button govuk-frontend's JavaScript reveals:
/// <c>&lt;govuk-password-input asp-for="Input.Password" label-text="Password" autocomplete="new-password" /&gt;</c>.
/// Unlike the other controls it never fills in what the user posted, so a password is not sent back in the page.
/// </summary>
[HtmlTargetElement("govuk-password-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PasswordInputTagHelper : LabelledFieldTagHelper
{
    public string? Value { get; set; }
    public string? Classes { get; set; }
    public string? Autocomplete { get; set; }
    public bool Disabled { get; set; }
    public string? ButtonClasses { get; set; }
    public string? ShowPasswordText { get; set; }
    public string? HidePasswordText { get; set; }
    public string? ShowPasswordAriaLabelText { get; set; }
    public string? HidePasswordAriaLabelText { get; set; }
    public string? PasswordShownAnnouncementText { get; set; }
    public string? PasswordHiddenAnnouncementText { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var id = FieldId;
        var (group, describedBy) = LabelledGroup(id);
        group.Class("govuk-password-input").Attr("data-module", "govuk-password-input")
            .I18n("show-password", ShowPasswordText).I18n("hide-password", HidePasswordText)
            .I18n("show-password-aria-label", ShowPasswordAriaLabelText)
            .I18n("hide-password-aria-label", HidePasswordAriaLabelText)
            .I18n("password-shown-announcement", PasswordShownAnnouncementText)
            .I18n("password-hidden-announcement", PasswordHiddenAnnouncementText);

        var input = new HtmlElement("input").Class("govuk-input govuk-password-input__input govuk-js-password-input-input")
            .ClassIf(HasError, "govuk-input--error").Class(Classes).Attr("id", id).Attr("name", FieldName)
            .Attr("type", "password").Attr("spellcheck", "false").Attr("value", Value).Flag("disabled", Disabled)
            .Attr("aria-describedby", describedBy)
            .Attr("autocomplete", string.IsNullOrEmpty(Autocomplete) ? "current-password" : Autocomplete)
            .Attr("autocapitalize", "none").Attrs(attributes);
        // Hidden until the JavaScript runs: without it the button could not do anything.
        var button = new HtmlElement("button").Attr("type", "button")
            .Class("govuk-button govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle")
            .Class(ButtonClasses).Attr("data-module", "govuk-button").Attr("aria-controls", id)
            .Attr("aria-label", ShowPasswordAriaLabelText ?? "Show password").Flag("hidden", true)
            .Text(ShowPasswordText ?? "Show");
        return group.Append(new HtmlElement("div").Class("govuk-input__wrapper govuk-password-input__wrapper")
            .Append(input).Append(button));
    }
}
