using System.Globalization;
using OpenCommissioning.Organisations;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Notices;

/// <summary>
/// Dates are checked when a draft is saved, but a draft can wait: by the time someone presses Publish its deadline or
/// approach-to-market date may have passed. Publishing checks them again against the clock, and says which to change.
/// </summary>
public static class PublishDateCheck
{
    /// <summary>The ids of the form fields a refusal asks the buyer to change (a date's day box), so the publish page can link to them.</summary>
    public const string DeadlineField = "Input_Deadline-day";
    public const string ApproachToMarketField = "Input_ApproachToMarket-day";

    /// <summary>Why the draft cannot be published now and the field to change; null when its dates still hold.</summary>
    /// <param name="buyer">The organisation publishing, whose own minimum tender periods apply.</param>
    public static (string Message, string Field)? Check(Notice notice, DateTimeOffset now, NoticeOptions options, Organisation buyer)
    {
        var details = notice.Details;
        if (notice.Type == NoticeType.Pipeline && details.ApproachToMarket is { } approach
            && approach < DateOnly.FromDateTime(UkTime.ToUk(now).DateTime))
            return ($"The approach to market date, {approach.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, has passed. " +
                    "Change it to today or a later date before you publish", ApproachToMarketField);
        if (notice.Type is NoticeType.Tender or NoticeType.SubContractOpportunity
            && DeadlineValidation.CheckAtPublication(details, now, options.MinimumFor(details.Procedure, buyer)) is { } late)
            return (late, DeadlineField);
        return null;
    }
}
