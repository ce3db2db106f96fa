using OpenCommissioning.Platform.Components;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class TextareaAndSelectConformanceTests(ITestOutputHelper log)
{
    [Fact]
    public async Task TextareaFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("textarea", o =>
        {
            var helper = new TextareaTagHelper
            {
                Rows = o.Str("rows") is { } rows ? int.Parse(rows) : null,
                Value = o.Str("value"),
                Classes = o.Str("classes"),
                Autocomplete = o.Str("autocomplete"),
                Spellcheck = o.NullableBool("spellcheck"),
                Disabled = o.Bool("disabled"),
            };
            FieldMapping.Labelled(helper, o);
            return new Rendering(helper, "govuk-textarea", o.Attributes());
        });

        report.AssertConforms(minimum: 16, log);
    }

    [Fact]
    public async Task SelectFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("select", o =>
        {
            var helper = new SelectTagHelper
            {
                Value = o.Str("value"),
                Classes = o.Str("classes"),
                Disabled = o.Bool("disabled"),
                Items = o.List("items").Select(i =>
                    new SelectItem(i.Str("value"), i.Str("text") ?? "", i.NullableBool("selected"), i.Bool("disabled")))
                    .ToList(),
            };
            FieldMapping.Labelled(helper, o);
            return new Rendering(helper, "govuk-select", o.Attributes());
        });

        report.AssertConforms(minimum: 18, log);
    }
}
