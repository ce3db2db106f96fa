using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Harvesting;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Grants;

namespace OpenCommissioning.Tests.Harvesting;

public class GrantHarvestTests(HarvestServiceFactory service) : IClassFixture<HarvestServiceFactory>
{
    private static string GrantFile(string prefix)
    {
        var broken = GrantFiles.Grant($"360G-{prefix}-0003");
        broken.Remove("amountAwarded");
        using var reader = new StreamReader(GrantFiles.File(GrantFiles.Grant($"360G-{prefix}-0001"), GrantFiles.Grant($"360G-{prefix}-0002", 2500m), broken));
        return reader.ReadToEnd();
    }

    [Fact]
    public async Task Run_OfA360GivingFile_StoresEachGrantAsAReleaseAndQuarantinesTheOneThatWillNotConvert()
    {
        await using var portal = await ReplayServer.StartAsync();
        portal.On("/grants.json", Reply.Json(GrantFile("harvest")));
        var source = await service.AddSourceAsync("Example Community Fund", HarvestSourceKind.ThreeSixtyGiving, portal.Url("/grants.json"));

        await service.HarvestAsync(source.Id);
        await service.HarvestAsync(source.Id);

        var stored = await service.StoredFromAsync("Example Community Fund");
        Assert.Equal(2, stored.Count);
        Assert.All(stored, r => Assert.Contains("360G-harvest-000", r.Ocid));
        var quarantined = Assert.Single(await service.QuarantinedFromAsync("Example Community Fund"));
        Assert.Contains("360G-harvest-0003", quarantined.RawText);
        Assert.Contains("amount", quarantined.Findings);
        var after = await service.SourceAsync(source.Id);
        Assert.Equal((2, 2, 1), (after.ReleasesAdded, after.ReleasesAlreadyStored, after.ReleasesQuarantined));
    }

    [Fact]
    public async Task Import_OfA360GivingFile_IsRecognisedFromItsContent()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("oc-grants-").FullName, "grants.json");
        await File.WriteAllTextAsync(path, GrantFile("import"));
        var output = new StringWriter();

        var exit = await HarvestImport.RunAsync(service.Services, [path, "--source", "Grant file"], output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.True(output.ToString().Contains($"{path}: 2 added, 0 skipped (already stored), 1 quarantined."), output + string.Join("\n", (await service.QuarantinedFromAsync("Grant file")).Select(q => q.Findings)));
        Assert.Equal(2, (await service.StoredFromAsync("Grant file")).Count);
    }

    [Fact]
    public async Task Run_WhenTwoSourcesCarryTheSameRelease_RecordsBothSightings()
    {
        await using var portal = await ReplayServer.StartAsync();
        var release = RecordedPages.Fresh(1, "sighted");
        portal.On("/a", Reply.Json(RecordedPages.Package(release))).On("/b", Reply.Json(RecordedPages.Package(release)));
        var first = await service.AddSourceAsync("Portal A", HarvestSourceKind.OcdsReleasePackages, portal.Url("/a"));
        var second = await service.AddSourceAsync("Portal B", HarvestSourceKind.OcdsReleasePackages, portal.Url("/b"));

        await service.HarvestAsync(first.Id);
        await service.HarvestAsync(second.Id);

        var ocid = RecordedPages.Ocid(release[0]);
        Assert.Single(await service.StoredWithOcidsAsync([ocid]));
        var sources = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<ReleaseSighting>()
            .Where(x => x.Ocid == ocid).Select(x => x.Source).OrderBy(x => x).ToListAsync());
        Assert.Equal(["Portal A", "Portal B"], sources);
    }
}
