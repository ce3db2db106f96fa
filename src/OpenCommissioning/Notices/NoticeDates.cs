namespace OpenCommissioning.Notices;

/// <summary>
/// The years a notice's dates may fall in. A year typed as 0001 or 9999 makes a real date but not a real notice, and
/// once published it would sit first or last in every search sorted by date and in the open data for good.
/// </summary>
public static class NoticeDates
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2099, 12, 31);

    /// <summary>What to tell the buyer when the date is outside those years, naming it as the form does; null when it is inside.</summary>
    public static string? OutOfRange(DateOnly date, string name) =>
        date < Earliest || date > Latest ? $"{name} must be between 1 January 2000 and 31 December 2099" : null;
}
