using OpenCommissioning.Organisations;

namespace OpenCommissioning.Tests.Organisations;

public class SmeDerivationTests
{
    [Theory]
    [InlineData(9, SmeSize.Micro)]
    [InlineData(10, SmeSize.Small)]
    [InlineData(49, SmeSize.Small)]
    [InlineData(50, SmeSize.Medium)]
    [InlineData(249, SmeSize.Medium)]
    [InlineData(250, SmeSize.Large)]
    [InlineData(0, SmeSize.Micro)]
    public void Derive_AtStaffBoundaries_WithSmallTurnover_GivesSizeByStaff(int staff, SmeSize expected)
    {
        var derivation = SmeDerivation.Derive(staff, 100_000m, null);

        Assert.Equal(expected, derivation.Size);
    }

    [Theory]
    [InlineData(2_000_000, SmeSize.Micro)]
    [InlineData(2_000_001, SmeSize.Small)]
    [InlineData(10_000_000, SmeSize.Small)]
    [InlineData(10_000_001, SmeSize.Medium)]
    [InlineData(44_000_000, SmeSize.Medium)]
    [InlineData(44_000_001, SmeSize.Large)]
    public void Derive_AtTurnoverLimits_WithFewStaff_GivesSizeByTurnover(decimal turnover, SmeSize expected)
    {
        var derivation = SmeDerivation.Derive(5, turnover, null);

        Assert.Equal(expected, derivation.Size);
    }

    [Theory]
    [InlineData(2_000_000, SmeSize.Micro)]
    [InlineData(2_000_001, SmeSize.Small)]
    [InlineData(10_000_000, SmeSize.Small)]
    [InlineData(10_000_001, SmeSize.Medium)]
    [InlineData(38_000_000, SmeSize.Medium)]
    [InlineData(38_000_001, SmeSize.Large)]
    public void Derive_AtBalanceSheetLimits_WhenTurnoverOverEveryLimit_GivesSizeByBalanceSheet(decimal balanceSheet, SmeSize expected)
    {
        var derivation = SmeDerivation.Derive(5, 50_000_000m, balanceSheet);

        Assert.Equal(expected, derivation.Size);
    }

    [Fact]
    public void Derive_WhenTurnoverOverLimitButBalanceSheetWithin_StaysMedium()
    {
        var derivation = SmeDerivation.Derive(100, 60_000_000m, 30_000_000m);

        Assert.Equal(SmeSize.Medium, derivation.Size);
        Assert.Contains("balance sheet total of £30,000,000 (up to £38m)", derivation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_WhenSmall_ExplainsTheRuleUsed()
    {
        var derivation = SmeDerivation.Derive(12, 3_000_000m, null);

        Assert.Equal(
            "Small enterprise: 12 staff (fewer than 50) and turnover of £3,000,000 (up to £10m). "
            + "Rule: fewer staff than the limit, and turnover or balance sheet total within its limit",
            derivation.Reason);
        Assert.True(derivation.IsSme);
    }

    [Fact]
    public void Derive_WhenStaffAtLargeThreshold_IsLargeWithoutMoneyFigures()
    {
        var derivation = SmeDerivation.Derive(250, null, null);

        Assert.Equal(SmeSize.Large, derivation.Size);
        Assert.Equal("Large enterprise: 250 staff, which is 250 or more", derivation.Reason);
        Assert.False(derivation.IsSme);
    }

    [Fact]
    public void Derive_WhenMoneyOverMediumLimits_SaysWhichLimitsWereExceeded()
    {
        var derivation = SmeDerivation.Derive(20, 45_000_000m, null);

        Assert.Equal(SmeSize.Large, derivation.Size);
        Assert.Equal("Large enterprise: turnover of £45,000,000 is over £44m and no balance sheet total given, "
            + "so it is over the medium-sized limits", derivation.Reason);
    }

    [Fact]
    public void Derive_WhenStaffNotGiven_IsUnknown()
    {
        var derivation = SmeDerivation.Derive(null, 100_000m, 50_000m);

        Assert.Equal(SmeSize.Unknown, derivation.Size);
        Assert.Equal("Size unknown: the number of staff has not been given", derivation.Reason);
        Assert.False(derivation.IsSme);
    }

    [Fact]
    public void Derive_WhenNoMoneyFiguresForSmallStaff_IsUnknown()
    {
        var derivation = SmeDerivation.Derive(5, null, null);

        Assert.Equal(SmeSize.Unknown, derivation.Size);
        Assert.Equal("Size unknown: neither annual turnover nor balance sheet total has been given", derivation.Reason);
    }

    [Fact]
    public void Derive_WhenOneMemberOfStaff_SaysSoInTheReason()
    {
        var derivation = SmeDerivation.Derive(1, 20_000m, null);

        Assert.StartsWith("Micro enterprise: 1 member of staff (fewer than 10)", derivation.Reason, StringComparison.Ordinal);
    }
}
