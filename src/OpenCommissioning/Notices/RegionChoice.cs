using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Notices;

/// <summary>One group of the delivery-region choices: a region (or nation) and the sub-regions listed under it.</summary>
public sealed record RegionGroup(UkRegion Region, IReadOnlyList<UkRegion> SubRegions);

/// <summary>
/// The places a notice can say its service is delivered: England, each of its nine regions, Scotland, Wales and
/// Northern Ireland (<see cref="UkRegions.Main"/>), and under each the NUTS 2 sub-regions, like West Yorkshire under
/// Yorkshire and the Humber. Nationwide ("UK") is answered apart, as it excludes the others.
/// </summary>
public static class RegionChoice
{
    public const string Nationwide = "UK";

    private static readonly Lazy<IReadOnlyList<RegionGroup>> AllGroups = new(BuildGroups);
    private static readonly Lazy<IReadOnlyDictionary<string, int>> Order = new(() =>
        AllGroups.Value.SelectMany(g => g.SubRegions.Prepend(g.Region)).Select((r, i) => (r.Code, i))
            .ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal));

    /// <summary>The groups in the order the form lists them.</summary>
    public static IReadOnlyList<RegionGroup> Groups => AllGroups.Value;

    /// <summary>
    /// Reads the ticked codes (nationwide left out). A region and one of its own sub-regions both ticked keep only the
    /// region: it already covers the sub-region, and the release would otherwise name one place twice. The codes come
    /// back in the form's order, so the same choice always publishes the same release.
    /// </summary>
    public static (IReadOnlyList<string> Codes, string? Error) Read(IEnumerable<string?> ticked)
    {
        var codes = ticked.Select(c => (c ?? "").Trim()).Where(c => c.Length > 0 && c != Nationwide).Distinct(StringComparer.Ordinal).ToList();
        if (codes.FirstOrDefault(c => !Order.Value.ContainsKey(c)) is { } unknown)
            return ([], $"'{Shorten(unknown)}' is not one of the listed regions. Select regions from the list");
        var kept = codes.Where(c => !UkRegions.SelfAndAncestors(c).Skip(1).Any(codes.Contains))
            .OrderBy(c => Order.Value[c]).ToList();
        return (kept, null);
    }

    /// <summary>The region's name as the form shows it: "North East", not the NUTS "North East (England)".</summary>
    public static string Name(UkRegion region) => region.Name.Replace(" (England)", "", StringComparison.Ordinal);

    /// <summary>"the North East" but "London": the compass-point regions read as places only with "the".</summary>
    public static string NameInSentence(UkRegion region)
    {
        var name = Name(region);
        return name.Split(' ')[0] is "North" or "South" or "East" or "West" ? "the " + name : name;
    }

    private static IReadOnlyList<RegionGroup> BuildGroups() => UkRegions.Main.Select(r => new RegionGroup(r, SubRegionsOf(r))).ToList();

    // England's regions are NUTS 1, so their sub-regions are their children. Scotland, Wales and Northern Ireland are
    // each one NUTS 1 region below the nation, so theirs are the grandchildren; Northern Ireland's only one is itself.
    private static IReadOnlyList<UkRegion> SubRegionsOf(UkRegion region)
    {
        if (region.Code == "ENG") return [];
        var children = UkRegions.All.Where(r => r.ParentCode == region.Code).ToList();
        var level = region.Depth == 1 ? UkRegions.All.Where(r => children.Any(c => c.Code == r.ParentCode)).ToList() : children;
        return level.Where(r => r.Name != region.Name).ToList();
    }

    private static string Shorten(string code) => code.Length > 20 ? code[..20] + "…" : code;
}
