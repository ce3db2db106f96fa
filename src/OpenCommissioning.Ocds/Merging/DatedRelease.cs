using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Merging;

/// <summary>A release checked for merging, with its date read once.</summary>
internal readonly record struct DatedRelease(JsonObject Release, string Date, DateTimeOffset Instant, int Index)
{
    /// <summary>Checks that a release is an object with a string <c>date</c> that is a date and time.</summary>
    public static DatedRelease From(JsonNode? node, int index)
    {
        if (node is not JsonObject release)
        {
            throw new ReleaseNotObjectException(index, node);
        }

        if (!release.TryGetPropertyValue("date", out var dateNode))
        {
            throw new MissingReleaseDateException(index, release);
        }

        if (dateNode is null)
        {
            throw new InvalidReleaseDateException(index, release, dateNode, "is null");
        }

        if (dateNode is not JsonValue value || !value.TryGetValue<string>(out var date))
        {
            throw new InvalidReleaseDateException(index, release, dateNode, "is not a string");
        }

        // A date without an offset is taken as UTC, the only reading that does not depend on this machine.
        if (!DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            throw new InvalidReleaseDateException(index, release, dateNode, "is not a date and time");
        }

        return new DatedRelease(release, date, instant, index);
    }

    /// <summary>
    /// Checks every release and puts them in date order: instants are compared in UTC, so
    /// "2016-01-01T10:00:00+01:00" comes before "2016-01-01T09:30:00Z"; releases at the same instant keep their
    /// input order (a stable sort), so the later one in the input wins.
    /// </summary>
    public static List<DatedRelease> InDateOrder(IEnumerable<JsonNode> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        var list = new List<DatedRelease>();
        var index = 0;
        foreach (var release in releases)
        {
            list.Add(From(release, index++));
        }

        list.Sort(static (a, b) =>
        {
            var byInstant = a.Instant.UtcTicks.CompareTo(b.Instant.UtcTicks);
            return byInstant != 0 ? byInstant : a.Index.CompareTo(b.Index);
        });
        return list;
    }
}
