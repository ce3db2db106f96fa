using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Ocds.Tests.Validation;

public class InputChecksTests
{
    [Fact]
    public void Validate_WhenFileIsLatin1_ReportsEncodingWithLine()
    {
        var report = ValidationFiles.Validate("latin1.json");

        var finding = report.Only("input.encoding");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("line 32", finding.Message);
        Assert.Contains("latin1.json", finding.Message);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void Validate_WhenFileIsUtf16_ReportsEncoding()
    {
        var report = ValidationFiles.Validate("utf16.json");

        Assert.Contains("UTF-16", report.Only("input.encoding").Message);
        Assert.Equal(DocumentKind.Unknown, report.Kind);
    }

    [Fact]
    public void Validate_WhenFileStartsWithByteOrderMark_WarnsAndStillValidates()
    {
        var report = ValidationFiles.Validate("byte-order-mark.json");

        Assert.Equal(Severity.Warning, report.Only("input.utf8-bom").Severity);
        Assert.Equal(DocumentKind.ReleasePackage, report.Kind);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_WhenJsonIsMalformed_ReportsLineAndFile()
    {
        var report = ValidationFiles.Validate("malformed.json");

        var finding = report.Only("input.json");
        Assert.Contains("malformed.json", finding.Message);
        Assert.Contains("line 4", finding.Message);
        Assert.DoesNotContain("LineNumber", finding.Message);
    }

    [Fact]
    public void Validate_WhenTopIsAnArray_ReportsNotAnObject()
    {
        var report = ValidationFiles.Validate("not-an-object.json");

        Assert.Contains("must be a JSON object", report.Only("input.unknown-kind").Message);
        Assert.Equal(DocumentKind.Unknown, report.Kind);
    }

    [Fact]
    public void Validate_WhenObjectIsNotOcds_ReportsUnknownKind()
    {
        var report = ValidationFiles.Validate("unknown-kind.json");

        Assert.Equal(Severity.Error, report.Only("input.unknown-kind").Severity);
        Assert.Equal(DocumentKind.Unknown, report.Kind);
    }

    [Fact]
    public void Validate_WhenBareRelease_ReportsItAsSuch()
    {
        var report = ValidationFiles.Validate("bare-release.json");

        Assert.Equal(DocumentKind.Release, report.Kind);
        Assert.Equal(Severity.Note, report.Only("input.bare-release").Severity);
        Assert.True(report.IsValid);
        Assert.Equal(1, report.Releases);
    }

    [Fact]
    public void Validate_WhenRecordPackage_ChecksAgainstRecordPackageSchema()
    {
        var report = ValidationFiles.Validate("record-package.json");

        Assert.Equal(DocumentKind.RecordPackage, report.Kind);
        Assert.True(report.IsValid, report.ToText());
        Assert.Equal(2, report.UniqueOcids);
    }

    [Fact]
    public void Validate_WhenVersionIsNotOneOrOneOne_ReportsVersion()
    {
        var report = ValidationFiles.Validate("version-2.json");

        var finding = report.Only("ocds.version");
        Assert.Equal("2.0", finding.Value);
        Assert.Equal("version", finding.Path);
    }

    [Fact]
    public void Validate_WhenHandMadeBaseFile_IsValidWithNoFindings()
    {
        var report = ValidationFiles.Validate("valid-release-package.json");

        Assert.Empty(report.Findings);
        Assert.True(report.IsValid);
    }
}
