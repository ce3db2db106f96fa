using System.Globalization;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Notices;

/// <summary>
/// Deadlines in UK time, GOV.UK style ("27 March 2027 at 5pm"). Platform's UkTime.Format throws on a time on
/// the hour ("h" alone is a standard format), and deadlines are usually on the hour; this keeps notices working.
/// </summary>
public static class NoticeTime
{
    public static string Format(DateTimeOffset utc)
    {
        var uk = UkTime.ToUk(utc);
        var day = uk.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        if (uk.Hour == 12 && uk.Minute == 0) return day + " at midday";
        var hour = uk.Hour % 12 == 0 ? 12 : uk.Hour % 12;
        var minutes = uk.Minute == 0 ? "" : ":" + uk.Minute.ToString("00", CultureInfo.InvariantCulture);
        return $"{day} at {hour}{minutes}{(uk.Hour < 12 ? "am" : "pm")}";
    }
}
