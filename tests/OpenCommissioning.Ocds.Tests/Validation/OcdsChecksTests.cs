using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Ocds.Tests.Validation;

public class OcdsChecksTests
{
    [Fact]
    public void Validate_WhenTwoReleasesShareOcidAndId_ReportsDuplicateReleaseId()
    {
        var finding = ValidationFiles.Validate("duplicate-release-id.json").Only("ocds.duplicate-release-id");

        Assert.Equal("releases/1/id", finding.Path);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Validate_WhenReleasesShareIdButNotOcid_ReportsNoDuplicate()
    {
        var report = ValidationFiles.Validate("same-release-id-different-ocid.json");

        Assert.Empty(report.Findings);
        Assert.Equal(2, report.UniqueOcids);
    }

    [Fact]
    public void Validate_WhenTwoRecordsShareOcid_ReportsDuplicateRecordOcid()
    {
        var finding = ValidationFiles.Validate("duplicate-record-ocid.json").Only("ocds.duplicate-record-ocid");

        Assert.Equal("records/1/ocid", finding.Path);
    }

    [Fact]
    public void Validate_WhenTwoAwardsShareId_ReportsDuplicateId()
    {
        var finding = ValidationFiles.Validate("duplicate-award-id.json").Only("ocds.duplicate-id");

        Assert.Equal("releases/0/awards/1/id", finding.Path);
        Assert.Equal("A1", finding.Value);
    }

    [Fact]
    public void Validate_WhenOcidHasNoPrefix_WarnsOcidPrefix()
    {
        var finding = ValidationFiles.Validate("bad-ocid-prefix.json").Only("ocds.ocid-prefix");

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("EXAMPLE-0001", finding.Value);
    }

    [Fact]
    public void Validate_WhenStatusNotInClosedCodelist_ReportsErrorOnce()
    {
        var report = ValidationFiles.Validate("closed-codelist.json");

        var finding = report.Only("ocds.closed-codelist");
        Assert.Equal("releases/0/tender/status", finding.Path);
        Assert.Contains("tenderStatus.csv", finding.Message);
        Assert.DoesNotContain(report.Findings, f => f.Code == "schema.enum");
    }

    [Fact]
    public void Validate_WhenRoleNotInOpenCodelist_NotesIt()
    {
        var report = ValidationFiles.Validate("open-codelist.json");

        var finding = report.Only("ocds.open-codelist");
        Assert.Equal(Severity.Note, finding.Severity);
        Assert.Equal("releases/0/parties/0/roles/0", finding.Path);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_WhenFieldIsNotInSchema_GroupsAdditionalFieldWithCount()
    {
        var report = ValidationFiles.Validate("additional-fields.json");

        var finding = report.Only("ocds.additional-field");
        Assert.Equal("releases/0/tender/colour", finding.Path);
        Assert.Contains("It occurs 2 times.", finding.Message);
        Assert.Equal(2, report.CountsByCode["ocds.additional-field"]);
    }

    [Fact]
    public void Validate_WhenFieldIsDeprecated_WarnsWithReason()
    {
        var finding = ValidationFiles.Validate("deprecated-field.json").Only("ocds.deprecated");

        Assert.Equal("releases/0/planning/budget/source", finding.Path);
        Assert.Contains("deprecated in OCDS 1.1", finding.Message);
    }

    [Fact]
    public void Validate_WhenObjectInArrayHasNoId_WarnsMissingId()
    {
        var finding = ValidationFiles.Validate("party-without-id.json").Only("ocds.missing-id");

        Assert.Equal("releases/0/parties/1", finding.Path);
    }

    [Fact]
    public void Validate_WhenValuesAreEmpty_WarnsForStringArrayAndObject()
    {
        var report = ValidationFiles.Validate("empty-values.json");

        Assert.Equal("releases/0/tender/description", report.Only("ocds.empty-string").Path);
        Assert.Equal("releases/0/tender/items", report.Only("ocds.empty-array").Path);
        Assert.Equal("releases/0/tender/contractPeriod", report.Only("ocds.empty-object").Path);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_WhenCodeAndDateAreEmpty_ReportsThemAsErrorsNotOnlyEmpty()
    {
        var report = ValidationFiles.Validate("empty-code-and-date.json");

        Assert.Equal("releases/0/tender/status", report.Only("ocds.closed-codelist").Path);
        Assert.Equal("releases/0/tender/tenderPeriod/startDate", report.Only("schema.format").Path);
        Assert.Equal(2, report.CountsByCode["ocds.empty-string"]);
        Assert.False(report.IsValid);
    }
}
