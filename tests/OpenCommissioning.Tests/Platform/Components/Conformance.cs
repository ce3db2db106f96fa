using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Diffing;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Xunit.Abstractions;

namespace OpenCommissioning.Tests.Platform.Components;

/// <summary>A tag helper set up from a fixture's options, with the attributes and body a page would give it.</summary>
public sealed record Rendering(TagHelper Helper, string TagName, IEnumerable<TagHelperAttribute>? Attributes = null,
    string? Body = null);

/// <summary>
/// Runs govuk-frontend's own examples (each component's fixtures.json) through our tag helpers and compares the
/// markup, ignoring whitespace-only differences and the order of attributes and classes.
/// </summary>
public static class Conformance
{
    public static async Task<ConformanceReport> RunAsync(string component, Func<FixtureOptions, Rendering?> map)
    {
        var report = new ConformanceReport(component);
        using var document = JsonDocument.Parse(File.ReadAllText(FixturesPath(component)));
        foreach (var fixture in document.RootElement.GetProperty("fixtures").EnumerateArray())
        {
            var name = fixture.GetProperty("name").GetString()!;
            var options = new FixtureOptions(fixture.GetProperty("options"));
            var rendering = map(options);
            var unread = options.Unread();
            if (rendering is null || unread.Count > 0)
            {
                report.Unsupported.Add($"{name} ({string.Join(", ", unread)})");
                continue;
            }
            var actual = await RenderAsync(rendering);
            var differences = Differences(fixture.GetProperty("html").GetString()!, actual);
            if (differences.Count == 0)
            {
                report.Passed.Add(name);
            }
            else
            {
                report.Failed.Add($"{name}: {string.Join("; ", differences)}\n  actual: {actual}");
            }
        }
        return report;
    }

    public static async Task<string> RenderAsync(Rendering rendering)
    {
        var attributes = new TagHelperAttributeList(rendering.Attributes ?? []);
        var context = new TagHelperContext(rendering.TagName, attributes, new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput(rendering.TagName, new TagHelperAttributeList(attributes), (_, _) =>
            Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetHtmlContent(rendering.Body ?? "")));
        rendering.Helper.Init(context);
        await rendering.Helper.ProcessAsync(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    public static IReadOnlyList<string> Differences(string expected, string actual) =>
        DiffBuilder.Compare(expected).WithTest(actual).Build().Select(d => d.ToString() ?? "").ToList();

    private static string FixturesPath(string component)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenCommissioning.slnx")))
        {
            directory = directory.Parent;
        }
        if (directory is null)
        {
            throw new DirectoryNotFoundException("Could not find the repository root above the test assembly.");
        }
        return Path.Combine(directory.FullName, "src/OpenCommissioning/Frontend/node_modules/govuk-frontend/dist/govuk",
            "components", component, "fixtures.json");
    }
}

public sealed class ConformanceReport(string component)
{
    public List<string> Passed { get; } = [];
    public List<string> Failed { get; } = [];
    public List<string> Unsupported { get; } = [];

    /// <summary>Every fixture we claim to support must match, and at least <paramref name="minimum"/> must.</summary>
    public void AssertConforms(int minimum, ITestOutputHelper? log = null)
    {
        log?.WriteLine($"{component}: {Passed.Count} passed, {Failed.Count} failed, {Unsupported.Count} unsupported");
        log?.WriteLine("Passed: " + string.Join(" | ", Passed));
        log?.WriteLine("Unsupported: " + string.Join(" | ", Unsupported));
        Assert.True(Failed.Count == 0, $"{component} fixtures differ from govuk-frontend:\n{string.Join("\n", Failed)}");
        Assert.True(Passed.Count >= minimum,
            $"{component}: only {Passed.Count} fixtures passed, expected at least {minimum}. Unsupported:\n"
            + string.Join("\n", Unsupported));
    }
}
