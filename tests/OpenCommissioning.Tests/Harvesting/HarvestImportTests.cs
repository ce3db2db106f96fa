using OpenCommissioning.Harvesting;
using static OpenCommissioning.Tests.Harvesting.RecordedPages;

namespace OpenCommissioning.Tests.Harvesting;

public class HarvestImportTests(HarvestServiceFactory service) : IClassFixture<HarvestServiceFactory>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("oc-import-").FullName;

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<(int Exit, string Output, string Errors)> ImportAsync(params string[] arguments)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exit = await HarvestImport.RunAsync(service.Services, arguments, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task Import_AReleasePackageAndARecordPackage_StoresThemAndSaysWhatItDid()
    {
        var releases = Fresh(3, "import-releases");
        releases[2]["date"] = "not a date";
        var records = Fresh(2, "import-records");
        var releaseFile = Write("releases.json", Package(releases));
        var recordFile = Write("records.json", RecordPackage(records));

        var (exit, output, errors) = await ImportAsync(releaseFile, recordFile, "--source", "Contracts Finder file");

        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        Assert.Contains($"{releaseFile}: 2 added, 0 skipped (already stored), 1 quarantined.", output);
        Assert.Contains($"{recordFile}: 2 added, 0 skipped (already stored), 0 quarantined.", output);
        Assert.Equal(4, (await service.StoredFromAsync("Contracts Finder file")).Count);
        Assert.Equal(Ocid(releases[2]), Assert.Single(await service.QuarantinedFromAsync("Contracts Finder file")).Ocid);
    }

    [Fact]
    public async Task Import_TheSameFileTwice_SkipsWhatIsAlreadyStored()
    {
        var file = Write("twice.json", Package(Fresh(2, "import-twice")));
        await ImportAsync(file, "--source", "Twice file");

        var (exit, output, _) = await ImportAsync(file, "--source", "Twice file");

        Assert.Equal(0, exit);
        Assert.Contains("0 added, 2 skipped (already stored), 0 quarantined.", output);
        Assert.Equal(2, (await service.StoredFromAsync("Twice file")).Count);
    }

    [Fact]
    public async Task Import_AMissingFile_ExitsWithAnErrorButImportsTheOthers()
    {
        var good = Write("good.json", Package(Fresh(1, "import-missing")));
        var missing = Path.Combine(folder, "missing.json");

        var (exit, output, errors) = await ImportAsync(missing, good, "--source", "Missing file run", "--Demo:Seed=false");

        Assert.Equal(1, exit);
        Assert.Contains($"{missing}: There is no such file. Nothing was stored from it.", errors);
        Assert.Contains($"{good}: 1 added", output);
        Assert.DoesNotContain("Demo:Seed", errors);
    }

    [Fact]
    public async Task Import_AFileCutShort_StoresNothingFromIt()
    {
        var whole = Package(Fresh(3, "import-cut"));
        var file = Write("cut.json", whole[..(whole.Length * 2 / 3)]);

        var (exit, _, errors) = await ImportAsync(file, "--source", "Cut file");

        Assert.Equal(1, exit);
        Assert.Contains("The file is not readable JSON", errors);
        Assert.Empty(await service.StoredFromAsync("Cut file"));
    }

    [Fact]
    public async Task Import_WithNoFiles_SaysHowToUseIt()
    {
        var (exit, _, errors) = await ImportAsync();

        Assert.Equal(2, exit);
        Assert.Contains("Give at least one file to import", errors);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
