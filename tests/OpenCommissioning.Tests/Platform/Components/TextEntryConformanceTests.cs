using System.Text.Json;
using AngleSharp.Html.Parser;
using OpenCommissioning.Platform.Components;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class TextEntryConformanceTests(ITestOutputHelper log)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task CharacterCountFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("character-count", o =>
        {
            var helper = new CharacterCountTagHelper
            {
                Maxlength = Int(o, "maxlength"),
                Maxwords = Int(o, "maxwords"),
                Threshold = Int(o, "threshold"),
                CountType = o.Str("countType"),
                Rows = Int(o, "rows"),
                Value = o.Str("value"),
                Classes = o.Str("classes"),
                Spellcheck = o.NullableBool("spellcheck"),
                CountMessageClasses = o.Str("countMessage.classes"),
                TextareaDescriptionText = o.Str("textareaDescriptionText"),
                CharactersUnderLimitText = Plurals(o, "charactersUnderLimitText"),
                CharactersAtLimitText = o.Str("charactersAtLimitText"),
                CharactersOverLimitText = Plurals(o, "charactersOverLimitText"),
                WordsUnderLimitText = Plurals(o, "wordsUnderLimitText"),
                WordsAtLimitText = o.Str("wordsAtLimitText"),
                WordsOverLimitText = Plurals(o, "wordsOverLimitText"),
            };
            FieldMapping.Labelled(helper, o);
            return new Rendering(helper, "govuk-character-count", o.Attributes());
        });

        report.AssertConforms(minimum: 34, log);
    }

    [Fact]
    public async Task PasswordInputFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("password-input", o =>
        {
            var helper = new PasswordInputTagHelper
            {
                Value = o.Str("value"),
                Classes = o.Str("classes"),
                Autocomplete = o.Str("autocomplete"),
                Disabled = o.Bool("disabled"),
                ButtonClasses = o.Str("button.classes"),
                ShowPasswordText = o.Str("showPasswordText"),
                HidePasswordText = o.Str("hidePasswordText"),
                ShowPasswordAriaLabelText = o.Str("showPasswordAriaLabelText"),
                HidePasswordAriaLabelText = o.Str("hidePasswordAriaLabelText"),
                PasswordShownAnnouncementText = o.Str("passwordShownAnnouncementText"),
                PasswordHiddenAnnouncementText = o.Str("passwordHiddenAnnouncementText"),
            };
            FieldMapping.Labelled(helper, o);
            return new Rendering(helper, "govuk-password-input", o.Attributes());
        });

        report.AssertConforms(minimum: 12, log);
    }

    [Fact]
    public async Task CharacterCount_WhenValueAndTextsHoldMarkup_WritesThemEncoded()
    {
        var page = new PageForm<OrganisationForm>(new()).Posted("Description", "</textarea><script>alert(1)</script>");
        var helper = new CharacterCountTagHelper
        {
            For = page.For(m => m.Description), ViewContext = page.ViewContext, LabelText = "<b>About</b>",
            Maxlength = 10, TextareaDescriptionText = "<i>Up to</i> %{count}", CharactersAtLimitText = "\"><u>",
        };

        var markup = await Conformance.RenderAsync(new Rendering(helper, "govuk-character-count"));
        var html = Parser.ParseDocument(markup);

        Assert.Null(html.QuerySelector("script, b, i, u"));
        Assert.Equal("</textarea><script>alert(1)</script>", html.QuerySelector("textarea")!.TextContent);
        Assert.Equal("<i>Up to</i> 10", html.QuerySelector("#Description-info")!.TextContent.Trim());
        Assert.Equal("\"><u>", html.QuerySelector(".govuk-form-group")!.GetAttribute("data-i18n.characters-at-limit"));
    }

    [Fact]
    public async Task PasswordInput_WithAspFor_NeverWritesBackWhatWasPosted()
    {
        var page = new PageForm<OrganisationForm>(new() { Name = "model secret" }).Posted("Name", "posted secret")
            .Error("Name", "Enter your password");
        var helper = new PasswordInputTagHelper
        {
            For = page.For(m => m.Name), ViewContext = page.ViewContext, LabelText = "<b>Password</b>",
            ShowPasswordText = "<script>",
        };

        var markup = await Conformance.RenderAsync(new Rendering(helper, "govuk-password-input"));
        var html = Parser.ParseDocument(markup);

        var input = html.QuerySelector("input")!;
        Assert.False(input.HasAttribute("value"));
        Assert.DoesNotContain("secret", markup);
        Assert.Equal("Name-error", input.GetAttribute("aria-describedby"));
        Assert.Null(html.QuerySelector("script, b"));
        Assert.Equal("<script>", html.QuerySelector("button")!.TextContent.Trim());
    }

    private static int? Int(FixtureOptions o, string path) => o.Str(path) is { } n ? int.Parse(n) : null;

    /// <summary>A plural-rule object option ({"one": "...", "other": "..."}) as a dictionary.</summary>
    private static Dictionary<string, string>? Plurals(FixtureOptions o, string path) =>
        o.Str(path) is { } raw ? JsonSerializer.Deserialize<Dictionary<string, string>>(raw) : null;
}
