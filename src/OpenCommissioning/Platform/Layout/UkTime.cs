using System.Globalization;

namespace OpenCommissioning.Platform.Layout;

/// <summary>Times are stored in UTC and shown in UK time, in the GOV.UK style: "23 November 2026 at 9:34pm".</summary>
public static class UkTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset ToUk(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, London);

    public static string Format(DateTimeOffset utc)
    {
        var uk = ToUk(utc);
        var time = uk.Minute == 0 ? uk.ToString("%h", CultureInfo.InvariantCulture) : uk.ToString("h:mm", CultureInfo.InvariantCulture);
        var suffix = uk.Hour < 12 ? "am" : "pm";
        if (uk.Hour == 12 && uk.Minute == 0) return uk.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) + " at midday";
        return $"{uk.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} at {time}{suffix}";
    }

    public static string Date(DateTimeOffset utc) => ToUk(utc).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The UTC instant a UK calendar day begins (midnight GMT or BST), for date filters typed in UK days.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
    }
}
