namespace OpenCommissioning.Search.Bench;

/// <summary>Durations in milliseconds of one kind of request, with the percentiles the report quotes.</summary>
public sealed class Timings(string name)
{
    private readonly List<double> server = [];
    private readonly List<double> client = [];
    private readonly List<string> labels = [];

    public string Name { get; } = name;
    public int Count => server.Count;

    public void Add(double serverMilliseconds, double clientMilliseconds, string label)
    {
        server.Add(serverMilliseconds);
        client.Add(clientMilliseconds);
        labels.Add(label);
    }

    public List<string> Failures { get; } = [];

    public void Fail(string label) => Failures.Add(label);

    /// <summary>The slowest requests by server time, each with its path: where to look with EXPLAIN ANALYZE.</summary>
    public IEnumerable<(double Milliseconds, string Label)> Slowest(int count) =>
        server.Zip(labels).OrderByDescending(p => p.First).Take(count);

    public double ServerP(double percentile) => Percentile(server, percentile);
    public double ClientP(double percentile) => Percentile(client, percentile);
    public double ServerMax => server.Count == 0 ? double.NaN : server.Max();

    private static double Percentile(List<double> values, double percentile)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        // Nearest rank: the smallest value with at least this share of values at or below it.
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
