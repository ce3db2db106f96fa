using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.OpenData.Bulk;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Diagnostics;

namespace OpenCommissioning.Search.Bench;

public sealed record BulkFigures(int Files, long Releases, double BuildSeconds, double DownloadSeconds, long Bytes);

/// <summary>The sequential measurements: one client, one request at a time, so each time is the request's own.</summary>
public sealed class Measurements(HttpClient client)
{
    /// <summary>Each query once to warm the caches, then <paramref name="passes"/> timed passes.</summary>
    public async Task<Timings> SearchAsync(IReadOnlyList<string> queries, int passes)
    {
        var timings = new Timings("search page");
        foreach (var query in queries) await TimeAsync("/search" + query, null);
        for (var pass = 0; pass < passes; pass++)
            foreach (var query in queries) await TimeAsync("/search" + query, timings);
        return timings;
    }

    /// <summary>Walks the release API 100 at a time along links.next, for several filter sets.</summary>
    public async Task<Timings> ApiAsync(DateOnly today, int pagesPerWalk)
    {
        var timings = new Timings("API page of 100");
        string[] walks =
        [
            "",
            $"&publishedFrom={today.AddDays(-365):yyyy-MM-dd}&publishedTo={today.AddDays(-180):yyyy-MM-dd}",
            "&stages=award",
            "&cpv=85000000&region=UKD",
            "&q=highways%20maintenance&region=UKJ",
            "&buyer=GB-BENCH-00100",
        ];
        foreach (var walk in walks)
        {
            string? next = "/api/ocds/releases?limit=100" + walk;
            await TimeAsync(next, null);
            for (var page = 0; page < pagesPerWalk && next is not null; page++)
            {
                var body = await TimeAsync(next, timings);
                next = JsonNode.Parse(body)?["links"]?["next"]?.GetValue<string>();
            }
        }
        return timings;
    }

    /// <summary>Builds every month's file with the service's bulk job, then downloads each through the API.</summary>
    public async Task<BulkFigures> BulkAsync(string connectionString)
    {
        var options = DatabaseSetup.ConfigurePostgres(new DbContextOptionsBuilder<PostgresAppDbContext>(), connectionString).Options;
        var build = Stopwatch.StartNew();
        List<string> months;
        await using (var db = new PostgresAppDbContext(options))
        {
            var first = await db.Set<OpenData.StoredRelease>().MinAsync(r => r.Date);
            var last = await db.Set<OpenData.StoredRelease>().MaxAsync(r => r.Date);
            months = [];
            for (var m = new DateTimeOffset(first.Year, first.Month, 1, 0, 0, 0, TimeSpan.Zero); m <= last; m = m.AddMonths(1))
                months.Add(BulkFiles.MonthOf(m));
        }
        foreach (var month in months)
        {
            // A context per month, as the job worker gives each job its own scope.
            await using var db = new PostgresAppDbContext(options);
            await new BulkFileJob(new BulkFiles(db, TimeProvider.System)).HandleAsync(JsonSerializer.Serialize(new BulkMonth(month)), CancellationToken.None);
        }
        build.Stop();

        var download = Stopwatch.StartNew();
        long releases = 0, bytes = 0;
        foreach (var month in months)
        {
            using var response = await client.GetAsync($"/api/ocds/bulk/{month}.jsonl.gz", HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            var counted = new CountingStream(body);
            await using var gzip = new GZipStream(counted, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            while (await reader.ReadLineAsync() is { Length: > 0 }) releases++;
            bytes += counted.BytesRead;
        }
        return new BulkFigures(months.Count, releases, build.Elapsed.TotalSeconds, download.Elapsed.TotalSeconds, bytes);
    }

    private async Task<string> TimeAsync(string path, Timings? timings)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        watch.Stop();
        if (!response.IsSuccessStatusCode)
        {
            // One failed request (a timeout under load, say) is a finding for the report, not the end of the run.
            Console.Error.WriteLine($"GET {path} answered {(int)response.StatusCode} after {watch.Elapsed.TotalMilliseconds:N0} ms");
            timings?.Fail(path);
            return "{}";
        }
        var server = ServerTiming.Duration(response.Headers.TryGetValues(ServerTiming.HeaderName, out var v) ? string.Join(',', v) : null);
        timings?.Add(server ?? double.NaN, watch.Elapsed.TotalMilliseconds, path);
        return body;
    }
}

/// <summary>Counts the compressed bytes read, for the download's size.</summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    public long BytesRead { get; private set; }
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) { var n = inner.Read(buffer, offset, count); BytesRead += n; return n; }
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken);
        BytesRead += n;
        return n;
    }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
