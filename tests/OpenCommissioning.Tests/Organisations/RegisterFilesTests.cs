using System.Text.Json;
using OpenCommissioning.Organisations;

namespace OpenCommissioning.Tests.Organisations;

/// <summary>Keeps the scheme catalogue in step with the org-id.guide register files copied into the repository.</summary>
public class RegisterFilesTests
{
    private static string RegistersFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "OpenCommissioning", "Organisations", "Registers");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The repository's Organisations/Registers folder was not found.");
    }

    public static TheoryData<string> SchemeCodes() => new(IdentifierSchemes.All.Select(s => s.Code));

    [Theory]
    [MemberData(nameof(SchemeCodes))]
    public void EveryScheme_HasItsRegisterFileWithTheSameCodeAndName(string code)
    {
        var scheme = IdentifierSchemes.Find(code)!;
        var path = Path.Combine(RegistersFolder(), code.ToLowerInvariant() + ".json");

        using var register = JsonDocument.Parse(File.ReadAllText(path));

        Assert.Equal(code, register.RootElement.GetProperty("code").GetString());
        Assert.Equal(scheme.RegisterName, register.RootElement.GetProperty("name").GetProperty("en").GetString());
    }

    [Theory]
    [MemberData(nameof(SchemeCodes))]
    public void EveryScheme_AcceptsTheExamplesItsRegisterPublishes(string code)
    {
        var scheme = IdentifierSchemes.Find(code)!;
        using var register = JsonDocument.Parse(File.ReadAllText(Path.Combine(RegistersFolder(), code.ToLowerInvariant() + ".json")));
        var examples = register.RootElement.GetProperty("access").GetProperty("exampleIdentifiers").GetString()!
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var rejected = examples.Where(e => !scheme.Check(e).IsValid).ToList();

        Assert.NotEmpty(examples);
        Assert.Empty(rejected);
    }

    [Fact]
    public void RegistersFolder_HoldsALicenceNote()
    {
        var readme = File.ReadAllText(Path.Combine(RegistersFolder(), "README.md"));

        Assert.Contains("Open Database License (ODbL) 1.0", readme, StringComparison.Ordinal);
    }
}
