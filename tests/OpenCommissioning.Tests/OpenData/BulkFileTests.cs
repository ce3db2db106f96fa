using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Tests.OpenData;

public class BulkFileTests(OpenDataService service) : IClassFixture<OpenDataService>
{
    private readonly HttpClient client = service.CreateApiClient();

    [Fact]
    public async Task BulkFile_ForAMonth_HoldsExactlyThatMonthsReleasesOneALine()
    {
        var stored = await service.StoredAsync();

        var response = await client.GetAsync("/api/ocds/bulk/2025-03.jsonl.gz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/gzip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        var lines = await LinesAsync(response);
        var march = stored.Where(r => r.Date.Year == 2025 && r.Date.Month == 3).ToList();
        Assert.Equal(march.Select(r => $"{r.Ocid} {r.ReleaseId}"), lines.Select(l => $"{l["ocid"]} {l["id"]}"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(march[0].Json), lines[0]));
    }

    [Fact]
    public async Task BulkFile_AfterAReleaseOfAnotherMonthIsAdded_IsWrittenForThatMonthToo()
    {
        var release = JsonNode.Parse((await service.StoredAsync())[0].Json)!.AsObject();
        release["id"] = "bulk-test-february";
        release["date"] = "2025-02-14T10:00:00Z";
        await service.WithScopeAsync(async s =>
        {
            await s.GetRequiredService<ReleaseStore>().AddAsync(release, OpenDataPublication.Extensions);
            await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });

        await service.RunJobsAsync();
        var (_, listing) = await client.GetJsonAsync("/api/ocds/bulk");
        var february = await LinesAsync(await client.GetAsync("/api/ocds/bulk/2025-02.jsonl.gz"));

        Assert.Equal(["2025-02", "2025-03"], listing["files"]!.AsArray().Select(f => (string?)f!["month"]));
        Assert.Equal("https://localhost/api/ocds/bulk/2025-02.jsonl.gz", (string?)listing["files"]![0]!["url"]);
        Assert.Equal(1, (int?)listing["files"]![0]!["releases"]);
        Assert.Equal(["bulk-test-february"], february.Select(l => (string?)l["id"]));
    }

    private static async Task<List<JsonNode>> LinesAsync(HttpResponseMessage response)
    {
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var lines = new List<JsonNode>();
        while (await reader.ReadLineAsync() is { } line) lines.Add(JsonNode.Parse(line)!);
        return lines;
    }
}

public sealed class SqliteBulkFileTests(SqliteOpenDataService service) : BulkFileTests(service), IClassFixture<SqliteOpenDataService>;
