using System.Text.Json;

namespace OpenCommissioning.Ocds.Validation;

/// <summary>
/// Collects findings with exact counts per code, keeping at most a set number of each so that a report on a
/// huge file stays readable. Fields that are merely unusual (additional or deprecated) are grouped by field and
/// reported once with how often they occur. In trial mode (trying the branches of <c>oneOf</c>) only errors are
/// counted and nothing is kept.
/// </summary>
internal sealed class FindingSink(int maxPerCode)
{
    private readonly List<Finding> findings = [];
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, string Field), (Finding First, int Count)> grouped = [];

    public bool Trial { get; set; }
    public int TrialErrors { get; set; }

    public IReadOnlyDictionary<string, int> Counts => counts;

    public void Report(string code, Severity severity, string path, string? value, string message)
    {
        if (Trial)
        {
            if (severity == Severity.Error) TrialErrors++;
            return;
        }
        var count = counts.GetValueOrDefault(code) + 1;
        counts[code] = count;
        if (count <= maxPerCode) findings.Add(new Finding(code, severity, path, value, message));
    }

    /// <summary>Counts one use of <paramref name="field"/>; the finding is made once, from the first use.</summary>
    public void ReportGrouped(string code, Severity severity, string field, Func<Finding> first)
    {
        if (Trial) return;
        counts[code] = counts.GetValueOrDefault(code) + 1;
        var key = (code, field);
        grouped[key] = grouped.TryGetValue(key, out var seen) ? (seen.First, seen.Count + 1) : (first(), 1);
    }

    public List<Finding> ToList()
    {
        var all = new List<Finding>(findings);
        foreach (var ((_, _), (first, count)) in grouped)
            all.Add(first with { Message = count == 1 ? first.Message : $"{first.Message} It occurs {count} times." });
        return all;
    }

    public Dictionary<string, int> CountsCopy() => new(counts, StringComparer.Ordinal);

    /// <summary>A short, readable form of a value for a finding; long text is cut so reports stay small.</summary>
    public static string? Describe(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
        return text is { Length: > 200 } ? text[..200] + "…" : text;
    }
}
