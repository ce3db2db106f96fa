using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OpenCommissioning.BrowserTests.Harness;

/// <summary>Runs axe on the page as it stands and fails the test with every WCAG 2.2 AA violation it finds.</summary>
public static class Accessibility
{
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static async Task CheckAccessibilityAsync(this IPage page)
    {
        AxeResult results;
        try
        {
            var target = await BrowserSession.AxeTargetAsync(page);
            // axe has no time limit of its own; a page that stops it answering must fail the test, not hang the run.
            results = await target.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags.ToList() },
            }).WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            BrowserSession.MarkChecked(page);
        }
        if (results.Violations.Length > 0) Assert.Fail(Describe(page.Url, results.Violations));
    }

    public static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        var report = new StringBuilder($"axe found WCAG 2.2 AA violations on {url}:");
        foreach (var violation in violations)
        {
            report.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes)
                report.Append($"\n    at {node.Target}: {node.Html}");
        }
        return report.ToString();
    }
}
