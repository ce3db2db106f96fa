using OpenCommissioning.Platform.Components;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class ChoicesConformanceTests(ITestOutputHelper log)
{
    [Fact]
    public async Task RadiosFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("radios", o =>
        {
            var helper = new RadiosTagHelper { Value = o.Str("value") };
            return Map(helper, o) ? new Rendering(helper, "govuk-radios", o.Attributes()) : null;
        });

        report.AssertConforms(minimum: 39, log);
    }

    [Fact]
    public async Task CheckboxesFixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("checkboxes", o =>
        {
            var helper = new CheckboxesTagHelper { Values = o.List("values").Count == 0 ? ValuesOf(o) : null };
            return Map(helper, o) ? new Rendering(helper, "govuk-checkboxes", o.Attributes()) : null;
        });

        report.AssertConforms(minimum: 38, log);
    }

    private static List<string>? ValuesOf(FixtureOptions o) =>
        o.Str("values") is { } raw ? System.Text.Json.JsonSerializer.Deserialize<List<object>>(raw)!
            .Select(v => v.ToString()!).ToList() : null;

    /// <summary>Maps the shared options; false when the fixture relies on falsy items shifting the ids.</summary>
    private static bool Map(ChoicesTagHelper helper, FixtureOptions o)
    {
        FieldMapping.Field(helper, o);
        helper.IdPrefix = o.Str("idPrefix");
        helper.Classes = o.Str("classes");
        helper.FieldsetLegendText = o.Str("fieldset.legend.text");
        helper.FieldsetLegendHtml = o.Html("fieldset.legend.html");
        helper.FieldsetLegendClasses = o.Str("fieldset.legend.classes");
        helper.FieldsetLegendIsPageHeading = o.Bool("fieldset.legend.isPageHeading");
        helper.FieldsetClasses = o.Str("fieldset.classes");
        helper.FieldsetDescribedBy = o.Str("fieldset.describedBy");
        var items = o.List("items");
        helper.Items = items.Select(i => new ChoiceItem(i.Str("value"), i.Str("text"), i.Html("html"))
        {
            Id = i.Str("id"),
            Name = i.Str("name"),
            Checked = i.NullableBool("checked"),
            Disabled = i.Bool("disabled"),
            HintText = i.Str("hint.text"),
            HintHtml = i.Html("hint.html"),
            ConditionalHtml = i.Html("conditional.html"),
            Divider = i.Str("divider"),
            LabelClasses = i.Str("label.classes"),
            Behaviour = i.Str("behaviour"),
        }).ToList();
        return items.Count == o.Count("items");
    }
}
