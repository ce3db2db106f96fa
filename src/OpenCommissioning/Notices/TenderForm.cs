using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Organisations;
using OpenCommissioning.Platform.Components;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Notices;

/// <summary>A page that shows the tender fields (<c>_TenderFields</c>): drafting and amending share them.</summary>
public interface ITenderForm
{
    TenderInput Input { get; }

    /// <summary>The buyer drafting, whose own minimum tender periods the form states.</summary>
    Organisation Organisation { get; }
}

/// <summary>The fixed choices the tender form offers, and reading the signed-in person's id.</summary>
public static class TenderForm
{
    /// <summary>
    /// One group's checkboxes: the whole region first, under its own name so it reads the same as before sub-regions
    /// were offered, then each sub-region.
    /// </summary>
    public static IEnumerable<ChoiceItem> Regions(RegionGroup group) =>
        group.SubRegions.Select(r => new ChoiceItem(r.Code, r.Name))
            .Prepend(new ChoiceItem(group.Region.Code, RegionChoice.Name(group.Region)) { HintText = "Anywhere in " + RegionChoice.NameInSentence(group.Region) });

    public static IEnumerable<ChoiceItem> Nationwide { get; } =
    [
        ChoiceItem.Or(),
        new(RegionChoice.Nationwide, "Nationwide") { Behaviour = "exclusive", HintText = "Anywhere in the United Kingdom" },
    ];

    /// <summary>
    /// The CPV field's hint, with a link to the list of codes. It opens in a new tab so that what the buyer has typed
    /// into this form stays where it is while they look a code up.
    /// </summary>
    public static IHtmlContent CpvHint { get; } = new HtmlString(
        "8 digits each, separated by commas, like 85310000, 85311000. The first is the main code. " +
        $"<a class=\"govuk-link\" href=\"{HtmlEncoder.Default.Encode(OpportunityLinks.CpvCodes())}\" target=\"_blank\" rel=\"noopener noreferrer\">" +
        "Find CPV codes in the list (opens in new tab)</a>");

    public static IEnumerable<ChoiceItem> ValueKinds { get; } =
    [
        new("amount", "An estimated value"),
        new("range", "A range of values"),
        new("unknown", "Not known yet") { HintText = "The notice will say the value is not known; it will still show in searches" },
    ];

    public static IEnumerable<ChoiceItem> Procedures(NoticeOptions options, Organisation buyer) => Enum.GetValues<Procedure>()
        .Select(p => new ChoiceItem(p.ToString(), p.DisplayName()) { HintText = $"Tender period of at least {options.MinimumFor(p, buyer).DaysText}" });

    public static IEnumerable<ChoiceItem> Suitability { get; } =
    [
        new("sme", "Small and medium-sized enterprises (SMEs)"),
        new("vcse", "Voluntary, community and social enterprises (VCSEs)"),
    ];

    public static Guid AccountId(ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Nobody is signed in."));
}
