using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenCommissioning.OpenData.Api;

/// <summary>Turns the releases endpoint's query parameters into a <see cref="ReleaseQuery"/>, or says which are wrong.</summary>
public static partial class ReleaseQueryParser
{
    /// <summary>The OCDS release tag codelist: the stages a client may ask for.</summary>
    public static readonly IReadOnlyList<string> Stages =
    [
        "planning", "planningUpdate", "tender", "tenderAmendment", "tenderUpdate", "tenderCancellation", "award",
        "awardUpdate", "awardCancellation", "contract", "contractUpdate", "contractAmendment", "implementation",
        "implementationUpdate", "contractTermination",
    ];

    public static (ReleaseQuery? Query, IReadOnlyList<ParameterProblem> Problems) Parse(
        string? publishedFrom, string? publishedTo, string? stages, string? limit, string? cursor,
        string? q, string? cpv, string? region, string? buyer)
    {
        var problems = new List<ParameterProblem>();
        var from = Date(nameof(publishedFrom), publishedFrom, problems);
        var to = Date(nameof(publishedTo), publishedTo, problems);
        if (from is not null && to is not null && to <= from)
            problems.Add(new(nameof(publishedTo), "publishedTo must be later than publishedFrom."));
        var query = new ReleaseQuery
        {
            PublishedFrom = from,
            PublishedTo = to,
            Stages = StageList(stages, problems),
            Limit = Limit(limit, problems),
            After = After(cursor, problems),
            Keywords = Text(q),
            Cpv = Text(cpv),
            Region = Text(region),
            Buyer = Text(buyer),
        };
        return problems.Count > 0 ? (null, problems) : (query, problems);
    }

    private static DateTimeOffset? Date(string name, string? value, List<ParameterProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        // A time without an offset is read as UTC, as Contracts Finder's API reads it.
        if (IsoDate().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
            return date;
        problems.Add(new(name, $"{name} must be a date or date and time in ISO 8601 form, such as 2025-01-31 or 2025-01-31T09:30:00Z."));
        return null;
    }

    private static IReadOnlyList<string> StageList(string? value, List<ParameterProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value)) return [];
        var chosen = new List<string>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries))
        {
            var stage = Stages.FirstOrDefault(s => s.Equals(part, StringComparison.OrdinalIgnoreCase));
            if (stage is null)
            {
                problems.Add(new("stages", $"stages must be a comma-separated list of release tags ({string.Join(", ", Stages)}); '{Shorten(part)}' is not one."));
                return [];
            }
            if (!chosen.Contains(stage)) chosen.Add(stage);
        }
        return chosen;
    }

    private static int Limit(string? value, List<ParameterProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value)) return ReleaseQuery.MaxLimit;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= ReleaseQuery.MaxLimit)
            return limit;
        problems.Add(new("limit", $"limit must be a whole number from 1 to {ReleaseQuery.MaxLimit}."));
        return ReleaseQuery.MaxLimit;
    }

    private static long After(string? value, List<ParameterProblem> problems)
    {
        if (string.IsNullOrEmpty(value)) return 0;
        if (ReleaseCursor.TryDecode(value, out var sequence)) return sequence;
        problems.Add(new("cursor", "cursor must be copied unchanged from the links.next address of an earlier page."));
        return 0;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$")]
    private static partial Regex IsoDate();
}
