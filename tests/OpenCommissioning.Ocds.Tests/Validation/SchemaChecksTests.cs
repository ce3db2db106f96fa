using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Ocds.Tests.Validation;

public class SchemaChecksTests
{
    [Fact]
    public void Validate_WhenReleaseHasNoDate_ReportsRequiredWithPath()
    {
        var finding = ValidationFiles.Validate("missing-date.json").Only("schema.required");

        Assert.Equal("releases/0/date", finding.Path);
        Assert.Equal("'date' is missing, but it is required here.", finding.Message);
    }

    [Fact]
    public void Validate_WhenAmountIsText_ReportsTypeWithValue()
    {
        var finding = ValidationFiles.Validate("wrong-type.json").Only("schema.type");

        Assert.Equal("releases/0/tender/value/amount", finding.Path);
        Assert.Equal("120,000", finding.Value);
        Assert.Equal("This should be a number or null, but it is a string.", finding.Message);
    }

    [Fact]
    public void Validate_WhenDateIsNotRfc3339_ReportsFormat()
    {
        var finding = ValidationFiles.Validate("bad-date-time.json").Only("schema.format");

        Assert.Equal("releases/0/date", finding.Path);
        Assert.Contains("2025-01-31T09:00:00Z", finding.Message);
    }

    [Fact]
    public void Validate_WhenPackageUriIsNotAUri_ReportsFormat()
    {
        var finding = ValidationFiles.Validate("bad-uri.json").Only("schema.format");

        Assert.Equal("uri", finding.Path);
        Assert.Equal("not a web address", finding.Value);
    }

    [Fact]
    public void Validate_WhenReleasesIsEmpty_ReportsMinItems()
    {
        var report = ValidationFiles.Validate("empty-releases.json");

        Assert.Equal("releases", report.Only("schema.minItems").Path);
        Assert.DoesNotContain(report.Findings, f => f.Code == "ocds.empty-array");
    }

    [Fact]
    public void Validate_WhenClassificationRepeats_ReportsUniqueItemsNotDuplicateId()
    {
        var report = ValidationFiles.Validate("duplicate-classification.json");

        var finding = report.Only("schema.uniqueItems");
        Assert.Equal("releases/0/tender/items/0/additionalClassifications", finding.Path);
        Assert.DoesNotContain(report.Findings, f => f.Code == "ocds.duplicate-id");
        Assert.Contains("Item 1", finding.Message);
    }

    [Fact]
    public void Validate_WhenVersionIsNotMajorDotMinor_ReportsPattern()
    {
        var report = ValidationFiles.Validate("bad-version-pattern.json");

        Assert.Equal("version", report.Only("schema.pattern").Path);
        Assert.Equal("one", report.Only("ocds.version").Value);
    }

    [Fact]
    public void Validate_WhenOcidIsEmpty_ReportsMinLengthNotEmptyString()
    {
        var report = ValidationFiles.Validate("empty-ocid.json");

        Assert.Equal("releases/0/ocid", report.Only("schema.minLength").Path);
        Assert.DoesNotContain(report.Findings, f => f.Code == "ocds.empty-string");
    }

    [Fact]
    public void Validate_WhenPercentagesOutOfRange_ReportsMinimumAndMaximum()
    {
        var report = ValidationFiles.Validate("subcontracting-percentages.json");

        Assert.Equal("releases/0/awards/0/subcontracting/minimumPercentage", report.Only("schema.minimum").Path);
        Assert.Equal("releases/0/awards/0/subcontracting/maximumPercentage", report.Only("schema.maximum").Path);
        Assert.Equal("1.5", report.Only("schema.maximum").Value);
    }

    [Fact]
    public void Validate_WhenSuitabilityIsEmpty_ReportsMinProperties()
    {
        var finding = ValidationFiles.Validate("empty-suitability.json").Only("schema.minProperties");

        Assert.Equal("releases/0/tender/suitability", finding.Path);
        Assert.Equal("This object is empty, but it needs at least one field.", finding.Message);
    }

    [Fact]
    public void Validate_WhenLinkedReleaseHasNoUrl_ReportsOneOfAndClosestProblem()
    {
        var report = ValidationFiles.Validate("record-linked-release-without-url.json");

        Assert.Equal("records/0/releases", report.Only("schema.oneOf").Path);
        Assert.Equal("records/0/releases/0/url", report.Only("schema.required").Path);
    }
}
