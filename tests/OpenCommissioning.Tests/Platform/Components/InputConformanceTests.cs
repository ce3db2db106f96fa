using OpenCommissioning.Platform.Components;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class InputConformanceTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Fixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("input", Map);

        report.AssertConforms(minimum: 30, log);
    }

    private static Rendering Map(FixtureOptions o)
    {
        var helper = new InputTagHelper
        {
            Type = o.Str("type"),
            Value = o.Str("value"),
            Classes = o.Str("classes"),
            Inputmode = o.Str("inputmode"),
            Autocomplete = o.Str("autocomplete"),
            Autocapitalize = o.Str("autocapitalize"),
            Pattern = o.Str("pattern"),
            Spellcheck = o.NullableBool("spellcheck"),
            Disabled = o.Bool("disabled"),
            PrefixText = o.Str("prefix.text"),
            PrefixHtml = o.Html("prefix.html"),
            PrefixClasses = o.Str("prefix.classes"),
            SuffixText = o.Str("suffix.text"),
            SuffixHtml = o.Html("suffix.html"),
            SuffixClasses = o.Str("suffix.classes"),
            InputWrapperClasses = o.Str("inputWrapper.classes"),
        };
        FieldMapping.Labelled(helper, o);
        return new Rendering(helper, "govuk-input", o.Attributes());
    }
}
