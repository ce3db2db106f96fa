using System.Globalization;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Notices;

/// <summary>
/// The deadline, typed in UK time, and the proportionality rule: a tender period shorter than the minimum for the
/// procedure needs a reason, which the public notice shows; a deadline that has passed is refused.
/// </summary>
public static class DeadlineValidation
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "h:mmtt", "htt", "h.mmtt", "H.mm"];

    public static string ShortPeriodMessage(MinimumPeriod minimum, Procedure procedure) =>
        $"The tender period is shorter than {(minimum.IsBuyers ? "your organisation's" : "the")} minimum of {minimum.DaysText} " +
        $"for {Procurements(procedure)}. Give the reason it must be shorter, or choose a later deadline";

    private static string Procurements(Procedure procedure) =>
        procedure == Procedure.BelowThreshold ? "below-threshold procurements" : $"the {procedure.DisplayName().ToLowerInvariant()}";

    public const string PastMessage = "The deadline must be in the future";

    public static DateTimeOffset? Check(TenderInput input, DateTimeOffset now, MinimumPeriod minimum, Procedure procedure, Action<string, string> error)
    {
        DateOnly date = default;
        if (input.Deadline.IsEmpty) error("Input.Deadline", "Enter the date bids close");
        else if (!input.Deadline.TryGetDate(out date)) error("Input.Deadline", "Deadline must be a real date, like 27 3 2027");
        else if (NoticeDates.OutOfRange(date, "Deadline") is { } outOfRange) { error("Input.Deadline", outOfRange); date = default; }
        var time = ReadTime(input.DeadlineTime);
        if (time is null) error("Input.DeadlineTime", "Enter the time bids close, like 5pm or 17:00");
        var reason = (input.ShortPeriodReason ?? "").Trim();
        if (reason.Length > TenderValidation.ReasonMaxLength)
            error("Input.ShortPeriodReason", $"Reason must be {TenderValidation.ReasonMaxLength:N0} characters or fewer");
        if (date == default || time is null) return null;

        var deadline = ToUtc(date, time.Value);
        if (deadline is null) { error("Input.DeadlineTime", "That time does not exist on that day in the UK (the clocks go forward). Choose another time"); return null; }
        if (deadline <= now) error("Input.Deadline", PastMessage);
        else if (IsShort(deadline.Value, now, minimum.Days) && reason.Length == 0)
            error("Input.ShortPeriodReason", ShortPeriodMessage(minimum, procedure));
        return deadline;
    }

    /// <summary>
    /// Why a draft cannot be published now; null when its deadline still holds. The minimum is the buyer's as it is
    /// now, which may have changed since the draft was saved.
    /// </summary>
    public static string? CheckAtPublication(NoticeDetails details, DateTimeOffset now, MinimumPeriod minimum)
    {
        if (details.Deadline is not { } deadline) return null;
        if (deadline <= now) return $"The deadline for bids, {UkTime.Format(deadline)}, has passed. Change it to a later date before you publish";
        return IsShort(deadline, now, minimum.Days) && string.IsNullOrWhiteSpace(details.ShortPeriodReason)
            ? ShortPeriodMessage(minimum, details.Procedure) : null;
    }

    public static bool IsShort(DateTimeOffset deadline, DateTimeOffset publishedAt, int minimumDays) =>
        deadline - publishedAt < TimeSpan.FromDays(minimumDays);

    internal static TimeOnly? ReadTime(string? typed)
    {
        var text = (typed ?? "").Trim().Replace(" ", "").ToUpperInvariant();
        if (text is "MIDDAY" or "NOON") return new TimeOnly(12, 0);
        if (text == "MIDNIGHT") return new TimeOnly(0, 0);
        return DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? TimeOnly.FromDateTime(parsed) : null;
    }

    private static DateTimeOffset? ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (London.IsInvalidTime(local)) return null;
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, London), TimeSpan.Zero);
    }
}
