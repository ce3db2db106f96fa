using System.Globalization;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Opportunities;

/// <summary>One filter in use, shown above the results with a link to the same search without it.</summary>
public sealed record FilterTag(string Category, string Text, string RemoveUrl)
{
    public static IReadOnlyList<FilterTag> For(OpportunityQuery q)
    {
        var tags = new List<FilterTag>();
        void Add(string category, string text, OpportunityQuery without) =>
            tags.Add(new(category, text, OpportunityLinks.Search(without)));

        if (q.Keywords is { } k) Add("Keywords", k, q with { Keywords = null });
        foreach (var t in q.NoticeTypes) Add("Notice type", SearchModel.NoticeTypeText(t), q with { NoticeTypes = q.NoticeTypes.Where(x => x != t).ToList() });
        foreach (var s in q.Statuses) Add("Status", SearchModel.StatusText(s), q with { Statuses = q.Statuses.Where(x => x != s).ToList() });
        foreach (var c in q.CpvCodes) Add("CPV code", $"{c} {CpvCodes.Find(c)?.Label}".Trim(), q with { CpvCodes = q.CpvCodes.Where(x => x != c).ToList() });
        foreach (var r in q.Regions) Add("Region", UkRegions.Find(r)?.Name ?? r, q with { Regions = q.Regions.Where(x => x != r).ToList() });
        if (q.ValueFrom is { } vf) Add("Value", "From " + SearchModel.Money(vf, null), q with { ValueFrom = null });
        if (q.ValueTo is { } vt) Add("Value", "Up to " + SearchModel.Money(vt, null), q with { ValueTo = null });
        if (!q.IncludeNoValue) Add("Value", "Leave out notices with no value", q with { IncludeNoValue = true });
        if (q.PublishedFrom is { } pf) Add("Published", "From " + Day(pf), q with { PublishedFrom = null });
        if (q.PublishedTo is { } pt) Add("Published", "To " + Day(pt), q with { PublishedTo = null });
        if (q.ClosingFrom is { } cf) Add("Closing", "From " + Day(cf), q with { ClosingFrom = null });
        if (q.ClosingTo is { } ct) Add("Closing", "To " + Day(ct), q with { ClosingTo = null });
        if (q.SuitableForSme) Add("Suitable for", "SMEs", q with { SuitableForSme = false });
        if (q.SuitableForVcse) Add("Suitable for", "VCSEs", q with { SuitableForVcse = false });
        if (q.SubContractsOnly) Add("Sub-contracts", "Sub-contracts only", q with { SubContractsOnly = false });
        if (q.Kind is { } kind) Add("Contracts or grants", kind == OpportunityKind.Grant ? "Grants only" : "Contracts only", q with { Kind = null });
        if (q.Buyer is { } b) Add("Buyer", b, q with { Buyer = null });
        return tags;
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
