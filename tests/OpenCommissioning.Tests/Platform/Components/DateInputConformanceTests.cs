using OpenCommissioning.Platform.Components;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform.Components;

public sealed class DateInputConformanceTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Fixtures_WhenOptionsSupported_MatchGovUkFrontendMarkup()
    {
        var report = await Conformance.RunAsync("date-input", Map);

        report.AssertConforms(minimum: 50, log);
    }

    private static Rendering Map(FixtureOptions o)
    {
        var prefix = o.Str("namePrefix");
        var helper = new DateInputTagHelper
        {
            NamePrefix = prefix,
            Classes = o.Str("classes"),
            Items = o.Has("items") ? o.List("items").Select(Item).ToList() : null,
            Values = Values(o, prefix),
            FieldsetLegendText = o.Str("fieldset.legend.text"),
            FieldsetLegendHtml = o.Html("fieldset.legend.html"),
            FieldsetLegendClasses = o.Str("fieldset.legend.classes"),
            FieldsetLegendIsPageHeading = o.Bool("fieldset.legend.isPageHeading"),
            FieldsetClasses = o.Str("fieldset.classes"),
            FieldsetDescribedBy = o.Str("fieldset.describedBy"),
        };
        (helper.Day, helper.IncludeDay) = Part(o, "day");
        (helper.Month, helper.IncludeMonth) = Part(o, "month");
        (helper.Year, helper.IncludeYear) = Part(o, "year");
        FieldMapping.Field(helper, o);
        return new Rendering(helper, "govuk-date-input", o.Attributes());
    }

    /// <summary>A standard field's overrides, or <c>false</c> to leave the field out.</summary>
    private static (DateInputItem?, bool) Part(FixtureOptions o, string kind) =>
        o.Object(kind) is { } part ? (Item(part), true) : (null, o.Str(kind) != "false");

    private static Dictionary<string, string?>? Values(FixtureOptions o, string? prefix)
    {
        var names = new[] { "day", "month", "year" }.Concat(new[] { "day", "month", "year" }
            .Select(part => o.Has($"{part}.name") ? o.Str($"{part}.name") : null).OfType<string>()).ToList();
        var values = names.Concat(prefix is null ? [] : names.Select(n => $"{prefix}-{n}"))
            .Select(name => (name, value: o.Str($"values.{name}"))).Where(v => v.value is not null)
            .ToDictionary(v => v.name, v => v.value);
        return values.Count == 0 ? null : values;
    }

    private static DateInputItem Item(FixtureOptions i) => new(i.Str("name"))
    {
        Id = i.Str("id"),
        Label = i.Str("label"),
        Value = i.Str("value"),
        Classes = i.Str("classes"),
        Error = i.NullableBool("error"),
        Autocomplete = i.Str("autocomplete"),
        Pattern = i.Str("pattern"),
        Inputmode = i.Str("inputmode"),
        Attributes = i.AttributeMap(),
    };
}
