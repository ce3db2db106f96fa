using System.Text;
using System.Text.Json.Nodes;
using OpenCommissioning.Grants;

namespace OpenCommissioning.Tests.Grants;

/// <summary>360Giving grants written from the 360Giving schema (1.4), and helpers to read them back as releases.</summary>
internal static class GrantFiles
{
    public static JsonObject Grant(string id = "360G-examplefund-0001", decimal amount = 15000m) => new()
    {
        ["id"] = id,
        ["title"] = "Befriending for older people in Hull",
        ["description"] = "Two years of weekly befriending visits for isolated older people.",
        ["currency"] = "GBP",
        ["amountAwarded"] = amount,
        ["awardDate"] = "2024-03-15",
        ["dateModified"] = "2024-04-01T10:30:00+01:00",
        ["url"] = "https://examplefund.org.uk/grants/0001",
        ["plannedDates"] = new JsonArray(new JsonObject { ["startDate"] = "2024-04-01", ["endDate"] = "2026-03-31", ["duration"] = 24 }),
        ["recipientOrganization"] = new JsonArray(new JsonObject
        {
            ["id"] = "GB-CHC-1123456", ["name"] = "Hull Friends of the Elderly", ["charityNumber"] = "1123456",
            ["companyNumber"] = "06123456", ["addressLocality"] = "Hull", ["postalCode"] = "HU1 1AA",
        }),
        ["fundingOrganization"] = new JsonArray(new JsonObject { ["id"] = "GB-CHC-1000001", ["name"] = "Example Community Fund" }),
        ["grantProgramme"] = new JsonArray(new JsonObject { ["code"] = "STRONGER-2024", ["title"] = "Stronger Communities 2024" }),
        ["fromOpenCall"] = "Yes",
    };

    public static Stream File(params JsonNode[] grants) => File(new JsonObject
    {
        ["version"] = "1.4", ["title"] = "Example Community Fund grants", ["grants"] = new JsonArray(grants),
    }.ToJsonString());

    public static Stream File(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));

    public static async Task<List<GrantRelease>> ReadAsync(Stream file)
    {
        var all = new List<GrantRelease>();
        await foreach (var grant in GrantReleases.ReadAsync(file)) all.Add(grant);
        return all;
    }

    public static async Task<GrantRelease> ReadOneAsync(JsonObject grant) => Assert.Single(await ReadAsync(File(grant)));
}
