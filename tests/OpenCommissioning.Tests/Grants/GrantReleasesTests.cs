using System.Text.Json.Nodes;
using OpenCommissioning.Grants;
using OpenCommissioning.Ocds.Validation;
using static OpenCommissioning.Tests.Grants.GrantFiles;

namespace OpenCommissioning.Tests.Grants;

public class GrantReleasesTests
{
    private static readonly OcdsValidator Validator = new();

    private static IReadOnlyList<Finding> Errors(JsonObject release) =>
        Validator.ValidateRelease(release, GrantExtensions.Urls).Where(f => f.Severity == Severity.Error).ToList();

    [Fact]
    public async Task Read_AValidGrant_GivesAnAwardReleaseThatValidates()
    {
        var result = await ReadOneAsync(Grant());

        Assert.Empty(result.Problems);
        var release = result.Release!;
        Assert.Empty(Errors(release));
        Assert.Equal("360G-examplefund-0001", result.GrantId);
        Assert.Equal("ocds-360giv-360G-examplefund-0001", (string?)release["ocid"]);
        Assert.Equal("360G-examplefund-0001-20240401T093000Z", (string?)release["id"]);
        Assert.Equal("2024-04-01T09:30:00Z", (string?)release["date"]);
        Assert.Equal(["award"], release["tag"]!.AsArray().Select(t => (string?)t));
        Assert.Equal("Grant", (string?)release["tender"]!["procurementMethodDetails"]);
        Assert.Equal("open", (string?)release["tender"]!["procurementMethod"]);
    }

    [Fact]
    public async Task Read_AValidGrant_MapsAmountRecipientFunderProgrammeAndDates()
    {
        var release = (await ReadOneAsync(Grant())).Release!;

        var award = release["awards"]![0]!;
        Assert.Equal(15000m, award["value"]!["amount"]!.GetValue<decimal>());
        Assert.Equal("GBP", (string?)award["value"]!["currency"]);
        Assert.Equal("2024-03-15T00:00:00Z", (string?)award["date"]);
        Assert.Equal("GB-CHC-1123456", (string?)award["suppliers"]![0]!["id"]);
        Assert.Equal("2024-04-01T00:00:00Z", (string?)award["contractPeriod"]!["startDate"]);
        Assert.Equal("2026-03-31T00:00:00Z", (string?)award["contractPeriod"]!["endDate"]);
        Assert.Equal("https://examplefund.org.uk/grants/0001", (string?)award["documents"]![0]!["url"]);
        Assert.Equal("Example Community Fund", (string?)release["buyer"]!["name"]);
        Assert.Equal("Stronger Communities 2024", (string?)release["planning"]!["budget"]!["project"]);
        Assert.Equal("STRONGER-2024", (string?)release["planning"]!["budget"]!["projectID"]);
    }

    [Fact]
    public async Task Read_OrganisationsWithOrgIds_BecomePartiesWithRolesAndIdentifiers()
    {
        var parties = (await ReadOneAsync(Grant())).Release!["parties"]!.AsArray();

        var recipient = parties.Single(p => (string?)p!["id"] == "GB-CHC-1123456")!;
        Assert.Equal(["supplier", "payee"], recipient["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Equal("GB-CHC", (string?)recipient["identifier"]!["scheme"]);
        Assert.Equal("1123456", (string?)recipient["identifier"]!["id"]);
        Assert.Equal("GB-COH", (string?)Assert.Single(recipient["additionalIdentifiers"]!.AsArray())!["scheme"]);
        Assert.Equal("HU1 1AA", (string?)recipient["address"]!["postalCode"]);
        var funder = parties.Single(p => (string?)p!["id"] == "GB-CHC-1000001")!;
        Assert.Equal(["buyer", "funder"], funder["roles"]!.AsArray().Select(r => (string?)r));
    }

    [Fact]
    public async Task Read_AFunderWithItsOwnIdentifier_HasNoRegisterIdentifier()
    {
        var grant = Grant();
        grant["fundingOrganization"]![0]!["id"] = "360G-examplefund";

        var release = (await ReadOneAsync(grant)).Release!;

        var funder = release["parties"]!.AsArray().Single(p => (string?)p!["id"] == "360G-examplefund")!;
        Assert.Null(funder["identifier"]);
        Assert.Empty(Errors(release));
    }

    [Fact]
    public async Task Read_TheSameGrantTwice_GivesTheSameOcidAndReleaseId()
    {
        var first = (await ReadOneAsync(Grant())).Release!;
        var second = (await ReadOneAsync(Grant())).Release!;

        Assert.Equal((string?)first["ocid"], (string?)second["ocid"]);
        Assert.Equal((string?)first["id"], (string?)second["id"]);
    }

    [Fact]
    public async Task Read_AGrantModifiedLater_IsANewReleaseOfTheSameProcess()
    {
        var later = Grant();
        later["dateModified"] = "2024-06-01T08:00:00Z";

        var first = (await ReadOneAsync(Grant())).Release!;
        var second = (await ReadOneAsync(later)).Release!;

        Assert.Equal((string?)first["ocid"], (string?)second["ocid"]);
        Assert.NotEqual((string?)first["id"], (string?)second["id"]);
    }

    [Fact]
    public async Task Read_AGrantToAnIndividual_NamesTheRecipientAsSupplier()
    {
        var grant = Grant();
        grant.Remove("recipientOrganization");
        grant["recipientIndividual"] = new JsonObject { ["id"] = "360G-examplefund-IND-77", ["name"] = "Individual recipient" };

        var release = (await ReadOneAsync(grant)).Release!;

        Assert.Equal("360G-examplefund-IND-77", (string?)release["awards"]![0]!["suppliers"]![0]!["id"]);
        Assert.Empty(Errors(release));
    }
}
