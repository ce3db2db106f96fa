using System.Globalization;

namespace OpenCommissioning.Opportunities;

/// <summary>Times are stored in UTC and shown, and typed, in UK time (GMT or BST).</summary>
public static class UkTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
    }

    public static DateTimeOffset ToUk(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, London);

    /// <summary>GOV.UK style: "27 March 2025".</summary>
    public static string Date(DateTimeOffset time) => ToUk(time).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>GOV.UK style: "27 March 2025, 11am" or "11:30am".</summary>
    public static string DateAndTime(DateTimeOffset time)
    {
        var uk = ToUk(time);
        var clock = uk.Minute == 0 ? uk.ToString("h", CultureInfo.InvariantCulture) : uk.ToString("h:mm", CultureInfo.InvariantCulture);
        return $"{Date(time)}, {clock}{(uk.Hour < 12 ? "am" : "pm")}";
    }
}
