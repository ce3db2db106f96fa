using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Ocds.Tests.Validation;

public class ExtensionTests
{
    private const string Lots =
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json";

    [Fact]
    public void Validate_WhenLotsExtensionDeclared_AcceptsLotsAndNotesItsMissingDependency()
    {
        var report = ValidationFiles.Validate("lots-extension.json");

        var finding = report.Only("extension.broken-reference");
        Assert.Equal("#/definitions/SubmissionTerms", finding.Value);
        Assert.Equal(Severity.Note, finding.Severity);
        Assert.Single(report.Findings);
    }

    [Fact]
    public void Validate_WhenLotsAndItsDependencyDeclared_ReportsNothing()
    {
        var report = ValidationFiles.Validate("lots-with-submission-terms.json");

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Validate_WhenLotsExtensionNotDeclared_ReportsLotsAsAdditional()
    {
        var finding = ValidationFiles.Validate("lots-undeclared.json").Only("ocds.additional-field");

        Assert.Equal("releases/0/tender/lots", finding.Path);
    }

    [Fact]
    public void Validate_WhenDeclaredExtensionRequiresLotId_ReportsRequired()
    {
        var finding = ValidationFiles.Validate("lots-missing-id.json").Only("schema.required");

        Assert.Equal("releases/0/tender/lots/0/id", finding.Path);
    }

    [Fact]
    public void Validate_WhenExtensionCannotBeResolved_WarnsAndCarriesOn()
    {
        var report = ValidationFiles.Validate("unresolved-extension.json");

        var finding = report.Only("extension.unresolved");
        Assert.Equal("https://example.org/nowhere/extension.json", finding.Value);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_WhenExtensionAddsToOpenCodelist_AcceptsNewCode()
    {
        var report = ValidationFiles.Validate("subcontractor-role.json");

        Assert.DoesNotContain(report.Findings, f => f.Code == "ocds.open-codelist");
    }

    [Fact]
    public void Validate_WhenExtensionInLocalFolder_UsesItsSchemaAndCodelists()
    {
        var options = new ValidatorOptions(ExtensionsFolder: ValidationFiles.PathOf("extensions"));

        var report = ValidationFiles.Validate("local-extension.json", options);

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Validate_WhenLocalExtensionCodeIsWrong_ReportsClosedCodelist()
    {
        var options = new ValidatorOptions(ExtensionsFolder: ValidationFiles.PathOf("extensions"));

        var finding = ValidationFiles.Validate("local-extension-bad-code.json", options).Only("ocds.closed-codelist");

        Assert.Equal("releases/0/tender/colour", finding.Path);
        Assert.Contains("colour.csv", finding.Message);
    }

    [Fact]
    public void Validate_WhenLocalExtensionFolderNotGiven_ReportsItUnresolved()
    {
        var report = ValidationFiles.Validate("local-extension.json");

        Assert.Single(report.Findings, f => f.Code == "extension.unresolved");
        Assert.Equal("paused", report.Only("ocds.closed-codelist").Value);
    }

    [Fact]
    public void ValidateRelease_WithExtensionUrls_PathsStartInsideTheRelease()
    {
        var release = ReleaseFrom("lots-missing-id.json");

        var findings = new OcdsValidator().ValidateRelease(release, [Lots]);

        Assert.Equal("tender/lots/0/id", Assert.Single(findings, f => f.Severity == Severity.Error).Path);
    }

    [Fact]
    public void ValidateRelease_WithoutExtensions_ReportsExtensionFieldsAsAdditional()
    {
        var release = ReleaseFrom("lots-extension.json");

        var findings = new OcdsValidator().ValidateRelease(release);

        Assert.Equal("ocds.additional-field", Assert.Single(findings).Code);
    }

    private static JsonNode ReleaseFrom(string file) =>
        JsonNode.Parse(File.ReadAllText(ValidationFiles.PathOf(file)))!["releases"]![0]!.DeepClone();
}
