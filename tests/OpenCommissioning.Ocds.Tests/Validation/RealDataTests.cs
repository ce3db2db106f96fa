using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Ocds.Tests.Validation;

/// <summary>
/// Contracts Finder's own data, checked with the extensions Contracts Finder declares. Four of its seven
/// extensions (the EU profile, tenderDatePublished, budget_breakdown and pagination) have no local copy, so the
/// fields they add show as additional fields; the errors asserted here are genuine faults in the published data.
/// </summary>
public class RealDataTests
{
    private static readonly string Samples = ValidationFiles.PathOf("../contracts-finder");

    [Fact]
    public void Validate_PageWithOneRelease_IsValidWithOnlyUnresolvedExtensionFindings()
    {
        var report = ValidationFiles.Validate("../contracts-finder/packages/page-with-one-release.json");

        Assert.True(report.IsValid, report.ToText());
        Assert.Equal(["extension.unresolved", "ocds.additional-field"], report.Codes());
        Assert.Equal(4, report.CountsByCode["extension.unresolved"]);
        Assert.Equal(
            ["links", "releases/0/parties/0/details/url", "releases/0/parties/1/details/scale",
             "releases/0/tender/classification", "releases/0/tender/items/0/deliveryAddresses"],
            report.Findings.Where(f => f.Code == "ocds.additional-field").Select(f => f.Path).Order());
    }

    [Fact]
    public void Validate_EmptyLastPage_BreaksMinItemsOnReleases()
    {
        var report = ValidationFiles.Validate("../contracts-finder/packages/empty-last-page.json");

        Assert.False(report.IsValid);
        Assert.Equal("releases", report.Only("schema.minItems").Path);
        Assert.Equal(0, report.Releases);
    }

    [Fact]
    public void ValidateRelease_EveryContractsFinderRelease_HasOnlyTheKnownErrors()
    {
        var validator = new OcdsValidator();
        var extensions = DeclaredExtensions();

        var errors = ReleaseFiles()
            .SelectMany(file => validator.ValidateRelease(JsonNode.Parse(File.ReadAllText(file))!, extensions)
                .Where(f => f.Severity == Severity.Error)
                .Select(f => $"{Path.GetFileName(file)} {f.Code} {f.Path} {f.Value}"))
            .ToList();

        Assert.Equal(
            [
                "release-104.json schema.format awards/0/documents/1/url http://Contract Finder",
                "release-154.json ocds.duplicate-id parties/7/id GB-COH-03794455",
                "release-154.json ocds.duplicate-id awards/0/suppliers/6/id GB-COH-03794455",
            ], errors);
    }

    [Fact]
    public void ValidateRelease_ContractsFinderReleases_UseTheirDeclaredExtensionFields()
    {
        var validator = new OcdsValidator();
        var extensions = DeclaredExtensions();

        var additional = ReleaseFiles()
            .SelectMany(file => validator.ValidateRelease(JsonNode.Parse(File.ReadAllText(file))!, extensions))
            .Where(f => f.Code == "ocds.additional-field")
            .Select(f => string.Join('/', f.Path.Split('/').Where(p => !int.TryParse(p, out _))))
            .ToHashSet();

        // suitability, vcse and awards' datePublished come from resolved Crown Commercial Service extensions.
        Assert.DoesNotContain("tender/suitability", additional);
        Assert.DoesNotContain("parties/details/vcse", additional);
        Assert.DoesNotContain("awards/datePublished", additional);
        Assert.Contains("tender/classification", additional);
    }

    [Fact]
    public void Validate_BareContractsFinderRelease_IsReportedAsRelease()
    {
        var report = ValidationFiles.Validate("../contracts-finder/releases/release-101.json");

        Assert.Equal(DocumentKind.Release, report.Kind);
        Assert.True(report.IsValid);
    }

    private static string[] ReleaseFiles() =>
        Directory.GetFiles(Path.Combine(Samples, "releases"), "*.json").Order(StringComparer.Ordinal).ToArray();

    private static List<string> DeclaredExtensions() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Samples, "packages", "page-with-one-release.json")))!["extensions"]!
            .AsArray().Select(e => (string)e!).ToList();
}
