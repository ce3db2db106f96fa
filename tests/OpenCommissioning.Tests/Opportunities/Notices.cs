using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities;

/// <summary>Builds valid OCDS releases for search tests and publishes them through the release store.</summary>
public static class Notices
{
    private static int counter;

    public static string NewOcid() => $"ocds-test00-{Guid.NewGuid():N}";

    /// <summary>An open tender closing in 30 days, unless <paramref name="change"/> says otherwise.</summary>
    public static JsonObject Tender(string ocid, string title, string description = "A service for the community.",
        Action<JsonObject>? change = null)
    {
        var n = Interlocked.Increment(ref counter);
        var release = new JsonObject
        {
            ["ocid"] = ocid,
            ["id"] = $"{ocid}-{n}",
            ["date"] = DateTimeOffset.UtcNow.AddMinutes(-n).ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["tag"] = new JsonArray("tender"),
            ["initiationType"] = "tender",
            ["buyer"] = new JsonObject { ["id"] = "GB-LAE-LDS", ["name"] = "Leeds City Council" },
            ["parties"] = new JsonArray(new JsonObject
            {
                ["id"] = "GB-LAE-LDS", ["name"] = "Leeds City Council", ["roles"] = new JsonArray("buyer"),
                ["contactPoint"] = new JsonObject { ["name"] = "Commissioning team", ["email"] = "commissioning@leeds.example" },
            }),
            ["tender"] = new JsonObject
            {
                ["id"] = "T-" + n,
                ["title"] = title,
                ["description"] = description,
                ["status"] = "active",
                ["classification"] = new JsonObject { ["scheme"] = "CPV", ["id"] = "85310000", ["description"] = "Social work services" },
                ["items"] = new JsonArray(new JsonObject
                {
                    ["id"] = "1",
                    ["deliveryAddresses"] = new JsonArray(new JsonObject { ["region"] = "Yorkshire and the Humber", ["postalCode"] = "LS1 4AP" }),
                }),
                ["value"] = new JsonObject { ["amount"] = 100000, ["currency"] = "GBP" },
                ["tenderPeriod"] = new JsonObject { ["endDate"] = DateTimeOffset.UtcNow.AddDays(30).ToString("yyyy-MM-ddTHH:mm:ssZ") },
                ["suitability"] = new JsonObject { ["sme"] = true, ["vcse"] = false },
            },
        };
        change?.Invoke(release);
        return release;
    }

    /// <summary>Adds releases to the store and runs the jobs that project them into search.</summary>
    public static async Task PublishAsync(this ServiceFactory service, params JsonObject[] releases)
    {
        await service.WithScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ReleaseStore>();
            foreach (var release in releases)
            {
                var result = await store.AddAsync(release);
                if (result.Outcome == ReleaseOutcome.Invalid)
                    throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
            }
            await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        await service.RunJobsAsync();
    }

    public static JsonObject Sample(int number) => JsonNode.Parse(File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "TestData", "contracts-finder", "releases", $"release-{number}.json")))!.AsObject();
}
