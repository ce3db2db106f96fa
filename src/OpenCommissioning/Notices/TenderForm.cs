using System.Security.Claims;
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
    public static IEnumerable<ChoiceItem> Regions(TenderInput input) =>
        UkRegions.Main.Select(r => new ChoiceItem(r.Code, r.Name))
            .Append(ChoiceItem.Or())
            .Append(new ChoiceItem("UK", "Nationwide") { Behaviour = "exclusive", HintText = "Anywhere in the United Kingdom" });

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
