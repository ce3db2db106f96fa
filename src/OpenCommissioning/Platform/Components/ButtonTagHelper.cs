using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>
/// The GOV.UK button; the body is its label. With an href it is a link styled as a button (a start button with
/// <c>is-start-button</c>). <c>prevent-double-click="true"</c> stops a second submission on a slow connection.
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class ButtonTagHelper : GovUkTagHelper
{
    public string? Text { get; set; }
    public string? Href { get; set; }
    public string? Type { get; set; }
    public string? Name { get; set; }
    public string? Value { get; set; }
    public string? Id { get; set; }
    public string? Classes { get; set; }
    public bool Disabled { get; set; }
    public bool IsStartButton { get; set; }
    public bool? PreventDoubleClick { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var element = Href is null
            ? new HtmlElement("button").Attr("type", string.IsNullOrEmpty(Type) ? "submit" : Type)
                .Attr("value", string.IsNullOrEmpty(Value) ? null : Value).Attr("name", string.IsNullOrEmpty(Name) ? null : Name)
                .Flag("disabled", Disabled).Attr("aria-disabled", Disabled ? "true" : null)
                .Attr("data-prevent-double-click", PreventDoubleClick is { } p ? (p ? "true" : "false") : null)
            : new HtmlElement("a").Attr("href", Href).Attr("role", "button").Attr("draggable", "false");
        element.Class("govuk-button").Class(Classes).ClassIf(IsStartButton, "govuk-button--start")
            .Attr("data-module", "govuk-button").Attrs(attributes).Attr("id", Id);
        // Start buttons lay out with flexbox, which drops the space between loose markup, hence the span.
        element.Append(body is not null && IsStartButton ? new HtmlElement("span").Append(body) : Parts.Wrap(Text, body));
        return IsStartButton ? element.Append(StartIcon()) : element;
    }

    private static HtmlElement StartIcon() =>
        new HtmlElement("svg").Class("govuk-button__start-icon").Attr("xmlns", "http://www.w3.org/2000/svg")
            .Attr("width", "17.5").Attr("height", "19").Attr("viewBox", "0 0 33 40").Attr("aria-hidden", "true")
            .Attr("focusable", "false")
            .Append(new HtmlElement("path").Attr("fill", "currentColor").Attr("d", "M0 0h13l20 20-20 20H0l20-20z"));
}
