using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Validation;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Notices;

namespace OpenCommissioning.Tests.OpenData;

/// <summary>
/// The data API's packages of notices published here, with lots, suitability and delivery locations, validate
/// against OCDS 1.1 and the extensions they declare, with no field left undeclared.
/// </summary>
public sealed class OwnNoticePackageTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private static readonly OcdsValidator Validator = new();

    [Fact]
    public async Task ReleaseAndRecordPackages_OfAPublishedTender_AreValidWithEveryFieldDeclared()
    {
        var buyer = await service.BuyerAsync();
        var id = await buyer.DraftAsync();
        await buyer.PublishAsync(id);
        var ocid = await service.OcidAsync(id);
        var api = service.CreateBrowser();
        api.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var releaseId = (await service.ReleasesAsync()).Single(r => r.Ocid == ocid).ReleaseId;

        var record = await GetAsync(api, $"/api/ocds/records/{ocid}");
        var release = await GetAsync(api, $"/api/ocds/releases/{Uri.EscapeDataString(releaseId)}");

        AssertValidAndDeclared(release);
        AssertValidAndDeclared(record);
        Assert.NotNull(release["releases"]![0]!["tender"]!["lots"]);
    }

    private static async Task<JsonObject> GetAsync(HttpClient api, string url)
    {
        var response = await api.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static void AssertValidAndDeclared(JsonObject package)
    {
        var report = Validator.Validate(package);
        Assert.True(report.IsValid, report.ToText());
        // Contracts Finder's own extensions are declared too, for its clients, and have no local copy to check
        // against: harmless while no field here comes from them, which is what this checks.
        Assert.DoesNotContain(report.Findings, f => f.Code == "ocds.additional-field");
    }
}
