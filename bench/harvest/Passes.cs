using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenCommissioning.Harvesting;
using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Harvest.Bench;

public sealed record FloorResult(TimeSpan Elapsed, int Pages, int Releases, long Bytes);

/// <summary>What the harvester's own page reading and validation cost when nothing is stored.</summary>
public sealed record ReadResult(TimeSpan Elapsed, TimeSpan Reading, TimeSpan Validating, TimeSpan Serialising, int Releases, int Invalid);

/// <summary>Separate passes over the same pages, each timing one part of what the harvester does.</summary>
public static class Passes
{
    /// <summary>The floor: download every page and parse it with JsonDocument, touching each release once.</summary>
    public static async Task<FloorResult> FloorAsync(int port, int pageCount, int limit = int.MaxValue)
    {
        using var client = new HttpClient();
        var watch = Stopwatch.StartNew();
        int pages = 0, releases = 0;
        long bytes = 0;
        for (var page = 1; page <= Math.Min(pageCount, limit); page++)
        {
            var body = await client.GetByteArrayAsync(FeedServer.PageUrl(port, page));
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 256 });
            releases += document.RootElement.GetProperty("releases").GetArrayLength();
            bytes += body.Length;
            pages++;
        }
        return new(watch.Elapsed, pages, releases, bytes);
    }

    /// <summary>
    /// The harvester's reading (PortalClient: HTTP, charset handling, JsonNode parse) then, timed apart, the
    /// validation the release store runs on each release and the serialisation it stores.
    /// </summary>
    public static async Task<ReadResult> ReadAsync(PortalClient portal, int port, int pageCount)
    {
        var behaviour = PortalBehaviour.For(HarvestSourceKind.OcdsReleasePackages);
        var validator = new OcdsValidator();
        var total = Stopwatch.StartNew();
        var reading = new Stopwatch();
        var validating = new Stopwatch();
        var serialising = new Stopwatch();
        int releases = 0, invalid = 0;
        for (var number = 1; number <= pageCount; number++)
        {
            reading.Start();
            var page = await portal.ReadPageAsync(new Uri(FeedServer.PageUrl(port, number)), behaviour, CancellationToken.None);
            reading.Stop();
            foreach (var release in page.Releases.OfType<JsonObject>())
            {
                releases++;
                validating.Start();
                var errors = validator.ValidateRelease(release, page.Extensions).Count(f => f.Severity == Severity.Error);
                validating.Stop();
                if (errors > 0) { invalid++; continue; }
                serialising.Start();
                _ = release.ToJsonString();
                serialising.Stop();
            }
        }
        return new(total.Elapsed, reading.Elapsed, validating.Elapsed, serialising.Elapsed, releases, invalid);
    }
}
