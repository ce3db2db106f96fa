using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>
/// The GOV.UK character count: a textarea that tells the user how much more they may write.
/// <c>&lt;govuk-character-count asp-for="Input.Summary" label-text="Summary" maxlength="500" /&gt;</c>;
/// <c>maxwords</c> counts words instead. The limit must still be checked on the server: the count is only a help.
/// </summary>
[HtmlTargetElement("govuk-character-count", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CharacterCountTagHelper : LabelledFieldTagHelper
{
    public int? Maxlength { get; set; }
    public int? Maxwords { get; set; }
    public int? Threshold { get; set; }

    /// <summary>"words" or "characters"; by default words when <see cref="Maxwords"/> is set.</summary>
    public string? CountType { get; set; }

    public int? Rows { get; set; }
    public string? Value { get; set; }
    public string? Classes { get; set; }
    public bool? Spellcheck { get; set; }
    public string? CountMessageClasses { get; set; }

    /// <summary>The line under the textarea; <c>%{count}</c> becomes the limit.</summary>
    public string? TextareaDescriptionText { get; set; }

    public IReadOnlyDictionary<string, string>? CharactersUnderLimitText { get; set; }
    public string? CharactersAtLimitText { get; set; }
    public IReadOnlyDictionary<string, string>? CharactersOverLimitText { get; set; }
    public IReadOnlyDictionary<string, string>? WordsUnderLimitText { get; set; }
    public string? WordsAtLimitText { get; set; }
    public IReadOnlyDictionary<string, string>? WordsOverLimitText { get; set; }

    protected override IHtmlContent Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var id = FieldId;
        var countType = CountType ?? (Maxwords is not null ? "words" : null);
        var limit = Maxwords ?? Maxlength;
        var description = TextareaDescriptionText
            ?? "You can enter up to %{count} " + (countType == "words" ? "words" : "characters");
        var (group, describedBy) = LabelledGroup(id, id + "-info");

        group.Class("govuk-character-count").Attr("data-module", "govuk-character-count")
            .Attr("data-maxlength", Number(Maxlength)).Attr("data-maxwords", Number(Maxwords))
            .Attr("data-threshold", Number(Threshold))
            .Attr("data-count-type", string.IsNullOrEmpty(countType) ? null : countType)
            .I18n("textarea-description", limit is null && TextareaDescriptionText is { } text
                ? new Dictionary<string, string> { ["other"] = text }
                : null)
            .I18n("characters-under-limit", CharactersUnderLimitText)
            .I18n("characters-at-limit", CharactersAtLimitText)
            .I18n("characters-over-limit", CharactersOverLimitText)
            .I18n("words-under-limit", WordsUnderLimitText)
            .I18n("words-at-limit", WordsAtLimitText)
            .I18n("words-over-limit", WordsOverLimitText);

        var textarea = new HtmlElement("textarea").Class("govuk-textarea govuk-js-character-count")
            .ClassIf(HasError, "govuk-textarea--error").Class(Classes).Attr("id", id).Attr("name", FieldName)
            .Attr("rows", Number(Rows ?? 5))
            .Attr("spellcheck", Spellcheck is { } check ? (check ? "true" : "false") : null)
            .Attr("aria-describedby", describedBy).Attrs(attributes).Text(Value ?? ModelValue());
        // Without a limit the JavaScript writes the message once it is configured, so the server leaves it empty.
        var message = Parts.Hint(id + "-info",
            limit is null ? null : description.Replace("%{count}", Number(limit), StringComparison.Ordinal), null,
            "govuk-character-count__message " + CountMessageClasses);
        return group.Append(textarea).Append(message);
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
