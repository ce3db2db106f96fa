using System.Globalization;
using System.Text;

namespace OpenCommissioning.Search.Bench;

public sealed record RunFacts(int Notices, long Releases, double LoadSeconds, string LoadBefore, string LoadAfter, int Queries, int Seconds);

/// <summary>The figures as a Markdown table, printed and written to results.md beside the program.</summary>
public static class Report
{
    public static string Write(RunFacts facts, Timings search, Timings api, Throughput searchLoad, Throughput healthLoad, BulkFigures bulk)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("# Search benchmark results").AppendLine();
        text.AppendLine(string.Create(c, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores; load average (1, 5, 15 min) {facts.LoadBefore} before, {facts.LoadAfter} after."));
        text.AppendLine(string.Create(c, $"{facts.Notices:N0} notices ({facts.Releases:N0} releases) generated, copied and indexed in {facts.LoadSeconds:N0} s.")).AppendLine();
        text.AppendLine("| measure | figure | target | met |").AppendLine("| --- | ---: | ---: | :---: |");
        Row(text, $"search page, server time p50 / p95 ({search.Count} requests, {facts.Queries} queries: keywords + 2 filters)",
            $"{search.ServerP(50):N1} / {search.ServerP(95):N1} ms", "p95 ≤ 100 ms", search.ServerP(95) <= 100);
        Row(text, "search page, client time p50 / p95", $"{search.ClientP(50):N1} / {search.ClientP(95):N1} ms", "", null);
        Row(text, $"search page under 50 clients (wrk, {facts.Seconds} s)", $"{searchLoad.RequestsPerSecond:N1} req/s (p50 {searchLoad.P50}, p99 {searchLoad.P99})", "", null);
        Row(text, "/health/live under 50 clients, same server", $"{healthLoad.RequestsPerSecond:N1} req/s (p50 {healthLoad.P50}, p99 {healthLoad.P99})", "", null);
        Row(text, "search throughput ÷ /health/live throughput", $"{searchLoad.RequestsPerSecond / healthLoad.RequestsPerSecond:P1}", "", null);
        Row(text, $"API page of 100 releases, server time p50 / p95 ({api.Count} pages, 6 filter sets)",
            $"{api.ServerP(50):N1} / {api.ServerP(95):N1} ms", "p95 ≤ 50 ms", api.ServerP(95) <= 50);
        Row(text, "API page of 100 releases, client time p50 / p95", $"{api.ClientP(50):N1} / {api.ClientP(95):N1} ms", "", null);
        Row(text, $"bulk files built by the bulk job ({bulk.Files} months)", $"{bulk.Releases / bulk.BuildSeconds:N0} releases/s ({bulk.BuildSeconds:N1} s)", "", null);
        Row(text, $"bulk download through /api/ocds/bulk ({bulk.Bytes / 1048576.0:N0} MB gzipped)",
            $"{bulk.Releases / bulk.DownloadSeconds:N0} releases/s ({bulk.Releases:N0} in {bulk.DownloadSeconds:N1} s)", "", null);
        foreach (var timings in new[] { search, api })
        {
            text.AppendLine().AppendLine($"Slowest {timings.Name} requests (server time):").AppendLine();
            foreach (var (ms, label) in timings.Slowest(5)) text.AppendLine(string.Create(c, $"- {ms:N1} ms `{label}`"));
            foreach (var label in timings.Failures) text.AppendLine($"- **failed** (not counted in the percentiles) `{label}`");
        }
        if (searchLoad.Errors + healthLoad.Errors > 0)
            text.AppendLine().AppendLine($"wrk saw {searchLoad.Errors} failed search responses and {healthLoad.Errors} failed health responses.");
        return text.ToString();
    }

    private static void Row(StringBuilder text, string measure, string figure, string target, bool? met) =>
        text.AppendLine($"| {measure} | {figure} | {target} | {(met is null ? "" : met.Value ? "yes" : "**no**")} |");
}
