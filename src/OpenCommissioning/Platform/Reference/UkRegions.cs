namespace OpenCommissioning.Platform.Reference;

public sealed record UkRegion(string Code, string Name, string? ParentCode, int Depth);

/// <summary>
/// The UK's nations and NUTS regions as a tree. Notices name regions in words (Contracts Finder's "London") or by
/// code ("UKI"); both resolve here, and a region's ancestors let a search for a wide region find narrower ones.
/// </summary>
public static class UkRegions
{
    private static readonly Lazy<IReadOnlyList<UkRegion>> Rows = new(Load);
    private static readonly Lazy<IReadOnlyDictionary<string, UkRegion>> ByCode =
        new(() => Rows.Value.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<IReadOnlyDictionary<string, UkRegion>> ByName = new(IndexNames);

    /// <summary>Every region, parents before children (depth-first).</summary>
    public static IReadOnlyList<UkRegion> All => Rows.Value;

    /// <summary>
    /// The choices a search form offers: the four nations and England's nine regions. Scotland, Wales and Northern
    /// Ireland are each one NUTS-1 region, so listing those too would only repeat their names.
    /// </summary>
    public static IReadOnlyList<UkRegion> Main => Rows.Value.Where(r => r.Depth == 1 || (r.Depth == 2 && r.ParentCode == "ENG")).ToList();

    public static UkRegion? Find(string codeOrName)
    {
        var key = codeOrName.Trim();
        return ByCode.Value.TryGetValue(key, out var byCode) ? byCode
            : ByName.Value.TryGetValue(key, out var byName) ? byName : null;
    }

    /// <summary>The region's code and those of every region above it, nearest first.</summary>
    public static IReadOnlyList<string> SelfAndAncestors(string code)
    {
        var codes = new List<string>();
        for (var region = Find(code); region is not null; region = region.ParentCode is null ? null : Find(region.ParentCode))
            codes.Add(region.Code);
        return codes;
    }

    private static IReadOnlyList<UkRegion> Load()
    {
        var rows = ReferenceFiles.ReadCsv("uk-nuts.csv").ToList();
        // The source's "level" counts from 1 at UK; depth 0 is clearer for code that walks the tree.
        return rows.Select(f => new UkRegion(f[0], f[1], f[2].Length == 0 ? null : f[2], int.Parse(f[3]) - 1)).ToList();
    }

    private static IReadOnlyDictionary<string, UkRegion> IndexNames()
    {
        var names = new Dictionary<string, UkRegion>(StringComparer.OrdinalIgnoreCase);
        foreach (var region in Rows.Value) names.TryAdd(region.Name, region);
        // Contracts Finder's names are the NUTS names without " (England)".
        foreach (var f in ReferenceFiles.ReadCsv("uk-regions.csv")) names[f[1]] = ByCode.Value[f[0]];
        names.TryAdd("Nationwide", ByCode.Value["UK"]);
        return names;
    }
}
