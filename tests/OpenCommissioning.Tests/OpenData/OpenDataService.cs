using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Demo;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.OpenData;

/// <summary>The service with the demo releases from Contracts Finder stored and the bulk files written.</summary>
public class OpenDataService : ServiceFactory, IAsyncLifetime
{
    public OpenDataService() { }

    protected OpenDataService(DatabaseMode mode) : base(mode) { }

    public int Added { get; private set; }

    public async Task InitializeAsync()
    {
        Added = await WithScopeAsync(s => s.GetRequiredService<DemoReleases>().SeedAsync());
        await RunJobsAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Every stored release in the order they were stored.</summary>
    public Task<List<StoredRelease>> StoredAsync() => WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().Set<StoredRelease>().AsNoTracking().OrderBy(r => r.Sequence).ToListAsync());

    public HttpClient CreateApiClient()
    {
        var client = CreateBrowser();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }
}

/// <summary>The same on the embedded SQLite database, where times are stored through a converter.</summary>
public sealed class SqliteOpenDataService() : OpenDataService(DatabaseMode.Embedded);

public static class ApiCalls
{
    public static async Task<(HttpResponseMessage Response, JsonObject Body)> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>Follows links.next from the first page to the last, returning every page's body.</summary>
    public static async Task<List<JsonObject>> AllPagesAsync(this HttpClient client, string firstUrl)
    {
        var pages = new List<JsonObject>();
        for (string? url = firstUrl; url is not null && pages.Count < 500;)
        {
            var (response, body) = await client.GetJsonAsync(url);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            pages.Add(body);
            url = (string?)body["links"]?["next"];
        }
        return pages;
    }

    public static IEnumerable<string> ReleaseKeys(this JsonObject package) =>
        package["releases"]!.AsArray().Select(r => $"{r!["ocid"]} {r["id"]}");
}
