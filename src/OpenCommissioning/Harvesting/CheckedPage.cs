using System.Text.Json.Nodes;
using OpenCommissioning.OpenData;

namespace OpenCommissioning.Harvesting;

/// <summary>A page with each of its releases validated, in the same order (null where the intake must decide itself).</summary>
internal sealed record CheckedPage(HarvestPage Page, IReadOnlyList<ReleaseCheck?> Checks)
{
    public static CheckedPage Of(HarvestPage page) =>
        new(page, page.Releases.Select(r => CheckOrNull(r, page.Extensions)).ToList());

    private static ReleaseCheck? CheckOrNull(JsonNode? release, IReadOnlyList<string> extensions)
    {
        if (release is not JsonObject o || JsonNumbers.OutOfRange(o).Any()) return null;
        // A release the validator cannot read is left to the intake, which quarantines it with the reason.
        try { return ReleaseStore.Check(o, extensions); }
        catch (Exception) { return null; }
    }
}
