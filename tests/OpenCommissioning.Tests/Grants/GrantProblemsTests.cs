using System.Text.Json.Nodes;
using static OpenCommissioning.Tests.Grants.GrantFiles;

namespace OpenCommissioning.Tests.Grants;

public class GrantProblemsTests
{
    [Theory]
    [InlineData("id", "has no identifier (id)")]
    [InlineData("title", "has no title (title)")]
    [InlineData("currency", "has no currency (currency)")]
    [InlineData("amountAwarded", "has no amount awarded (amountAwarded)")]
    [InlineData("awardDate", "has no award date (awardDate)")]
    [InlineData("fundingOrganization", "has no funding organisation (fundingOrganization)")]
    [InlineData("recipientOrganization", "has no recipient organisation")]
    public async Task Read_WhenARequiredFieldIsMissing_GivesNoReleaseAndSaysWhich(string field, string expected)
    {
        var grant = Grant();
        grant.Remove(field);

        var result = await ReadOneAsync(grant);

        Assert.Null(result.Release);
        Assert.Contains(result.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_WhenTheAmountIsText_SaysToWriteItInFigures()
    {
        var grant = Grant();
        grant["amountAwarded"] = "£5,000";

        var result = await ReadOneAsync(grant);

        Assert.Null(result.Release);
        Assert.Equal("360G-examplefund-0001", result.GrantId);
        Assert.Equal("The amount awarded \"£5,000\" is not a number; write it in figures without commas or a currency sign, like 5000.",
            Assert.Single(result.Problems));
    }

    [Fact]
    public async Task Read_WhenTheAmountIsNegative_SaysItCannotBeBelowZero()
    {
        var result = await ReadOneAsync(Grant(amount: -10m));

        Assert.Null(result.Release);
        Assert.Contains("cannot be below zero", Assert.Single(result.Problems));
    }

    [Fact]
    public async Task Read_WhenTheAmountIsTooLargeToRead_GivesAProblemNotAnException()
    {
        var json = Grant().ToJsonString().Replace("15000", "1e9999");

        var result = Assert.Single(await ReadAsync(File($$"""{"grants":[{{json}}]}""")));

        Assert.Null(result.Release);
        Assert.Equal("The amount awarded 1e9999 is not a number that can be read as money.", Assert.Single(result.Problems));
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0)]
    [InlineData(123456789.99)]
    public async Task Read_OddButReadableAmounts_AreKeptExactly(double amount)
    {
        var result = await ReadOneAsync(Grant(amount: (decimal)amount));

        Assert.Equal((decimal)amount, result.Release!["awards"]![0]!["value"]!["amount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Read_WhenTheAwardDateIsNotADate_SaysHowToWriteIt()
    {
        var grant = Grant();
        grant["awardDate"] = "15/03/2024";

        var result = await ReadOneAsync(grant);

        Assert.Equal("The award date \"15/03/2024\" is not a date; write it as YYYY-MM-DD, like 2024-03-31.", Assert.Single(result.Problems));
    }

    [Fact]
    public async Task Read_WhenPlannedDatesAreAMonthAndADuration_FillsThePeriod()
    {
        var grant = Grant();
        grant["plannedDates"] = new JsonArray(new JsonObject { ["startDate"] = "2024-05", ["duration"] = 12 });

        var period = (await ReadOneAsync(grant)).Release!["awards"]![0]!["contractPeriod"]!;

        Assert.Equal("2024-05-01T00:00:00Z", (string?)period["startDate"]);
        Assert.Equal("2025-04-30T00:00:00Z", (string?)period["endDate"]);
    }

    [Fact]
    public async Task Read_WhenAGrantIsNotAnObject_SaysWhereItIsAndReadsOn()
    {
        var results = await ReadAsync(File($$"""{"grants":[42,{{Grant().ToJsonString()}}]}"""));

        Assert.Equal("Grant 1 in the file is not a JSON object.", Assert.Single(results[0].Problems));
        Assert.NotNull(results[1].Release);
    }

    [Theory]
    [InlineData("", "The file is empty.")]
    [InlineData("[]", "This is not a 360Giving data file: it must be a JSON object with a list of \"grants\".")]
    [InlineData("{\"version\":\"1.4\"}", "This 360Giving data file has no list of \"grants\".")]
    [InlineData("{\"grants\":{}}", "The \"grants\" of this 360Giving data file must be a list.")]
    [InlineData("{\"grants\":[{\"id\":\"a\"}", "The file ends before its list of grants is closed; it may have been cut short.")]
    public async Task Read_WhenTheFileIsNotA360GivingFile_ThrowsWithAPlainMessage(string json, string expected)
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync(File(json)));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public async Task Read_WhenTheJsonIsBroken_ThrowsSayingNearWhichLine()
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync(File("{\"grants\":[\n{\"id\": ]}")));

        Assert.StartsWith("The file is not well-formed JSON near line 2", error.Message);
    }
}
