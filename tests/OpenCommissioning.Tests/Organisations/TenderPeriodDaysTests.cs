using OpenCommissioning.Organisations;

namespace OpenCommissioning.Tests.Organisations;

/// <summary>Reading a buyer's shortest tender period as typed, and the bounds the organisation itself keeps.</summary>
public sealed class TenderPeriodDaysTests
{
    private const string Enter = "Enter the shortest tender period for open procedures in days, like 25";
    private const string Range = "Shortest tender period for open procedures must be between 1 and 365 days";

    private static (int? Days, string? Error) Read(string? typed)
    {
        string? error = null;
        var days = TenderPeriodDays.Read(typed, "open procedures", 25, m => error = m);
        return (days, error);
    }

    [Theory]
    [InlineData("30", 30)]
    [InlineData(" 1 ", 1)]
    [InlineData("365", 365)]
    [InlineData("30 days", 30)]
    [InlineData("1 Day", 1)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void Read_WhenWholeDaysOrEmpty_GivesTheDaysOrTheDefaultsNull(string? typed, int? expected)
    {
        var (days, error) = Read(typed);

        Assert.Null(error);
        Assert.Equal(expected, days);
    }

    [Theory]
    [InlineData("abc", Enter)]
    [InlineData("25.5", Enter)]
    [InlineData("four weeks", Enter)]
    [InlineData("days", Enter)]
    [InlineData("-", Enter)]
    [InlineData("0", Range)]
    [InlineData("366", Range)]
    [InlineData("-5", Range)]
    [InlineData("99999999999999999999", Range)]
    public void Read_WhenNotWholeDaysInRange_SaysWhichIsWrong(string typed, string message)
    {
        var (days, error) = Read(typed);

        Assert.Null(days);
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void SetMinimumTenderDays_WhenOutOfRange_ThrowsAndKeepsTheOldFigure(int days)
    {
        var buyer = new Organisation(Guid.NewGuid(), "Leeds City Council", OrganisationKind.Buyer, LegalForm.PublicBody, DateTimeOffset.UnixEpoch);
        buyer.SetMinimumTenderDays(30, 12);

        Assert.Throws<ArgumentOutOfRangeException>(() => buyer.SetMinimumTenderDays(20, days));

        Assert.Equal((30, 12), (buyer.OpenMinimumTenderDays, buyer.BelowThresholdMinimumTenderDays));
    }

    [Fact]
    public void SetMinimumTenderDays_ForAProvider_Throws()
    {
        var provider = new Organisation(Guid.NewGuid(), "Hillside CIC", OrganisationKind.Provider, LegalForm.CommunityInterestCompany, DateTimeOffset.UnixEpoch);

        Assert.Throws<InvalidOperationException>(() => provider.SetMinimumTenderDays(30, null));
        Assert.Null(provider.OpenMinimumTenderDays);
    }
}
