using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Tests.OpenData;

/// <summary>Every package the data API returns validates against OCDS 1.1 with the extensions it declares.</summary>
public class PackageValidityTests(OpenDataService service) : IClassFixture<OpenDataService>
{
    private static readonly OcdsValidator Validator = new();
    private readonly HttpClient client = service.CreateApiClient();

    [Theory]
    [InlineData("/api/ocds/releases?limit=9")]
    [InlineData("/api/ocds/releases")]
    [InlineData("/api/ocds/releases?stages=tender,planning&limit=3")]
    [InlineData("/api/ocds/releases?publishedFrom=2025-03-11T11:00:00Z&limit=25")]
    public async Task ReleasePages_EveryPage_IsValid(string firstUrl)
    {
        var pages = await client.AllPagesAsync(firstUrl);

        Assert.NotEmpty(pages);
        Assert.All(pages, p => AssertValid(p));
    }

    [Fact]
    public async Task ReleaseById_EveryStoredRelease_IsAValidPackage()
    {
        foreach (var release in await service.StoredAsync())
            AssertValid((await client.GetJsonAsync($"/api/ocds/releases/{Uri.EscapeDataString(release.ReleaseId)}")).Body);
    }

    [Fact]
    public async Task Records_EveryContractingProcess_IsAValidRecordPackage()
    {
        var ocids = (await service.StoredAsync()).Select(r => r.Ocid).Distinct().ToList();

        Assert.True(ocids.Count > 90, $"only {ocids.Count} processes stored");
        foreach (var ocid in ocids)
        {
            var (_, body) = await client.GetJsonAsync($"/api/ocds/records/{ocid}");
            Assert.Equal(DocumentKind.RecordPackage, AssertValid(body).Kind);
        }
    }

    private static ValidationReport AssertValid(JsonObject package)
    {
        var report = Validator.Validate(package);
        Assert.True(report.IsValid, $"{package["uri"]}\n{report.ToText()}");
        return report;
    }
}
