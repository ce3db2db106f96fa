using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Harvest.Bench;

/// <summary>
/// A paged OCDS feed of release packages (100 releases each, linked by links.next), made once in memory so that
/// serving a page costs the replay server nothing but the write. Releases are the 100 Contracts Finder samples
/// (OGL v3) with fresh ocids, ids, dates and titles; one in 200 is made invalid on purpose.
/// </summary>
public sealed class Feed
{
    public const int PageSize = 100;
    private const string SampleFolder = "src/OpenCommissioning/Platform/Demo/Samples/contracts-finder";

    public required IReadOnlyList<byte[]> Pages { get; init; }
    public int Releases { get; init; }
    public int Invalid { get; init; }
    public int Samples { get; init; }
    public int SamplesUsed { get; init; }
    public long Bytes => Pages.Sum(p => (long)p.Length);

    /// <summary>Every 200th release is broken, alternately without its id and with a date that is not a date.</summary>
    public static bool IsBroken(int index) => index % 200 == 199;

    public static Feed Build(string repository, int releases, Func<int, string> pageUrl)
    {
        var folder = Path.Combine(repository, SampleFolder);
        var head = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "packages", "page-with-one-release.json")))!.AsObject();
        var extensions = head["extensions"]!.AsArray().Select(e => (string)e!).ToList();
        var samples = Directory.GetFiles(Path.Combine(folder, "releases"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject()).ToList();
        // A few samples break the schema as published; left in, they would blur the count of quarantined releases.
        var validator = new OcdsValidator();
        var templates = samples.Where(r => !validator.ValidateRelease(r, extensions).Any(f => f.Severity == Severity.Error)).ToList();
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var pageCount = (releases + PageSize - 1) / PageSize;
        var pages = new List<byte[]>(pageCount);
        var invalid = 0;
        for (var page = 0; page < pageCount; page++)
        {
            var package = head.DeepClone().AsObject();
            var list = new JsonArray();
            for (var i = page * PageSize; i < Math.Min(releases, (page + 1) * PageSize); i++)
            {
                list.Add(Release(templates[i % templates.Count], i, start));
                if (IsBroken(i)) invalid++;
            }
            package["releases"] = list;
            package["uri"] = pageUrl(page + 1);
            package["links"] = page + 1 < pageCount ? new JsonObject { ["next"] = pageUrl(page + 2) } : new JsonObject();
            pages.Add(Encoding.UTF8.GetBytes(package.ToJsonString()));
        }
        return new Feed { Pages = pages, Releases = releases, Invalid = invalid, Samples = samples.Count, SamplesUsed = templates.Count };
    }

    private static JsonObject Release(JsonObject template, int index, DateTimeOffset start)
    {
        var release = template.DeepClone().AsObject();
        // About one process in five has a second release (an award after its tender), as on the live feed.
        var process = index % 5 == 4 ? index - 1 : index;
        release["ocid"] = $"ocds-b5fd17-bench-{process.ToString("D8", CultureInfo.InvariantCulture)}";
        release["id"] = $"bench-{index.ToString("D8", CultureInfo.InvariantCulture)}";
        release["date"] = start.AddMinutes(index).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        if (release["tender"] is JsonObject tender && tender["title"] is JsonValue title)
            tender["title"] = $"{(string?)title} (lot {index % 37 + 1})";
        if (IsBroken(index))
        {
            if (index % 400 == 199) release.Remove("id");
            else release["date"] = "the eleventh of March";
        }
        return release;
    }
}
