using System.Globalization;

namespace OpenCommissioning.Organisations.Members;

/// <summary>Times are stored in UTC and shown in UK time, the way GOV.UK writes them ("3:30pm on 4 June 2026").</summary>
public static class UkTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, London);
        var time = local.Minute == 0 ? local.ToString("%h", British) : local.ToString("h:mm", British);
        var half = local.Hour < 12 ? "am" : "pm";
        return $"{time}{half} on {local.ToString("d MMMM yyyy", British)}";
    }

    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, London).ToString("d MMMM yyyy", British);
}
