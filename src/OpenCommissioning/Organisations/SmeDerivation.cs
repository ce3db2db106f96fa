using System.Globalization;

namespace OpenCommissioning.Organisations;

/// <summary>
/// Enterprise size from staff, turnover and balance sheet total, by the UK SME definition (the EU's, in
/// pounds): fewer staff than a size's limit, and turnover or balance sheet total within that size's limits.
/// </summary>
public sealed record SmeDerivation(SmeSize Size, string Reason)
{
    private sealed record Band(SmeSize Size, string Name, int StaffBelow, decimal MaxTurnover, decimal MaxBalanceSheet);

    private static readonly Band[] Bands =
    [
        new(SmeSize.Micro, "Micro enterprise", 10, 2_000_000m, 2_000_000m),
        new(SmeSize.Small, "Small enterprise", 50, 10_000_000m, 10_000_000m),
        new(SmeSize.Medium, "Medium-sized enterprise", 250, 44_000_000m, 38_000_000m),
    ];

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public bool IsSme => Size is SmeSize.Micro or SmeSize.Small or SmeSize.Medium;

    public static SmeDerivation Derive(int? staffCount, decimal? annualTurnover, decimal? balanceSheetTotal)
    {
        if (staffCount is null)
        {
            return new(SmeSize.Unknown, "Size unknown: the number of staff has not been given");
        }

        if (staffCount >= 250)
        {
            return new(SmeSize.Large, $"Large enterprise: {Staff(staffCount.Value)}, which is 250 or more");
        }

        if (annualTurnover is null && balanceSheetTotal is null)
        {
            return new(SmeSize.Unknown, "Size unknown: neither annual turnover nor balance sheet total has been given");
        }

        foreach (var band in Bands)
        {
            if (staffCount < band.StaffBelow && WithinMoneyLimits(band, annualTurnover, balanceSheetTotal))
            {
                return new(band.Size, $"{band.Name}: {Staff(staffCount.Value)} (fewer than {band.StaffBelow}) and "
                    + $"{MoneyWithin(band, annualTurnover, balanceSheetTotal)}. Rule: fewer staff than the limit, "
                    + "and turnover or balance sheet total within its limit");
            }
        }

        return new(SmeSize.Large, $"Large enterprise: {OverLimit(annualTurnover, "turnover", "£44m")} and "
            + $"{OverLimit(balanceSheetTotal, "balance sheet total", "£38m")}, so it is over the medium-sized limits");
    }

    private static bool WithinMoneyLimits(Band band, decimal? turnover, decimal? balanceSheet) =>
        turnover <= band.MaxTurnover || balanceSheet <= band.MaxBalanceSheet;

    private static string MoneyWithin(Band band, decimal? turnover, decimal? balanceSheet) =>
        turnover <= band.MaxTurnover
            ? $"turnover of {Pounds(turnover.Value)} (up to {Millions(band.MaxTurnover)})"
            : $"balance sheet total of {Pounds(balanceSheet!.Value)} (up to {Millions(band.MaxBalanceSheet)})";

    private static string OverLimit(decimal? amount, string what, string limit) =>
        amount is null ? $"no {what} given" : $"{what} of {Pounds(amount.Value)} is over {limit}";

    private static string Staff(int count) => count == 1 ? "1 member of staff" : $"{count} staff";

    private static string Pounds(decimal amount) => amount.ToString("C0", British);

    private static string Millions(decimal amount) => $"£{amount / 1_000_000m:0.#}m";
}
