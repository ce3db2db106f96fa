using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Ocds.Tests.Validation;

public class ValidationReportTests
{
    [Fact]
    public void ToText_ListsPathMessageCodeAndCounts()
    {
        var report = ValidationFiles.Validate("closed-codelist.json");

        var text = report.ToText();

        Assert.Contains("closed-codelist.json: not valid release package", text);
        Assert.Contains("1 release, 1 contracting process", text);
        Assert.Contains("releases/0/tender/status: 'finished' is not a code in the closed codelist tenderStatus.csv. [ocds.closed-codelist]", text);
        Assert.Contains("ocds.closed-codelist: 1", text);
    }

    [Fact]
    public void ToJson_HoldsTheSameFacts()
    {
        var report = ValidationFiles.Validate("duplicate-release-id.json");

        var json = JsonNode.Parse(report.ToJson())!;

        Assert.Equal("releasePackage", (string?)json["kind"]);
        Assert.False((bool)json["isValid"]!);
        Assert.Equal(2, (int)json["releases"]!);
        Assert.Equal(1, (int)json["uniqueOcids"]!);
        Assert.Equal(1, (int)json["countsByCode"]!["ocds.duplicate-release-id"]!);
        Assert.Equal("releases/1/id", (string?)json["findings"]![0]!["path"]);
        Assert.Equal("error", (string?)json["findings"]![0]!["severity"]);
    }

    [Fact]
    public void Validate_WhenMoreFindingsThanTheLimit_KeepsSomeButCountsAll()
    {
        var releases = new JsonArray();
        for (var i = 0; i < 5; i++)
            releases.Add(new JsonObject { ["ocid"] = $"ocds-a1b2c3-{i}", ["id"] = "1", ["tag"] = new JsonArray("tender"),
                ["initiationType"] = "tender" });
        var package = new JsonObject { ["uri"] = "https://example.com/p.json", ["version"] = "1.1",
            ["publishedDate"] = "2025-01-31T09:00:00Z", ["publisher"] = new JsonObject { ["name"] = "Example" },
            ["releases"] = releases };

        var report = new OcdsValidator(new ValidatorOptions(MaxFindingsPerCode: 2)).Validate(package);

        Assert.Equal(2, report.Findings.Count(f => f.Code == "schema.required"));
        Assert.Equal(5, report.CountsByCode["schema.required"]);
        Assert.Equal(5, report.UniqueOcids);
    }

    [Fact]
    public void Validate_OfJsonNode_DoesNotChangeTheNode()
    {
        var document = JsonNode.Parse(File.ReadAllText(ValidationFiles.PathOf("empty-values.json")))!;
        var before = document.ToJsonString();

        var report = new OcdsValidator().Validate(document);

        Assert.Equal(before, document.ToJsonString());
        Assert.Equal(DocumentKind.ReleasePackage, report.Kind);
        Assert.Equal(3, report.Findings.Count);
    }
}
