using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenCommissioning.Search.Bench;

public sealed record Throughput(string Name, double RequestsPerSecond, string P50, string P99, long Errors, string Raw);

/// <summary>Load from wrk: 50 connections on 2 threads, a Lua script rotating through the given paths.</summary>
public static partial class Wrk
{
    public static async Task<Throughput> RunAsync(string name, Uri baseAddress, IReadOnlyList<string> paths, int connections, int seconds)
    {
        var script = Path.Combine(Path.GetTempPath(), $"oc-bench-{Guid.NewGuid():N}.lua");
        var lua = new StringBuilder("local paths = {\n");
        foreach (var path in paths) lua.Append("  \"").Append(path.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\",\n");
        // Each thread starts at a different place in the list, so the two threads do not ask in lockstep.
        lua.Append("}\nlocal i = math.random(#paths)\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n");
        await File.WriteAllTextAsync(script, lua.ToString());
        try
        {
            var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "-s", script, baseAddress.ToString().TrimEnd('/') })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"wrk failed: {error}{output}");
            var rate = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            var errors = NonSuccess().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            return new Throughput(name, rate, Latency(output, "50"), Latency(output, "99"), errors, output);
        }
        finally { File.Delete(script); }
    }

    private static string Latency(string output, string percentile) =>
        Regex.Match(output, $@"^\s+{percentile}(?:\.000)?%\s+(\S+)", RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value : "?";

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();
}
