using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Merging;

/// <summary>
/// Input that cannot be merged. <see cref="Path"/> is relative to the release ("" for the release itself, or
/// like "tender/items/0/quantity"); <see cref="Value"/> is the offending JSON, or null when the field is missing.
/// </summary>
public class OcdsMergeException : Exception
{
    private const int MaxValueLength = 200;

    public OcdsMergeException(string message, string path, string? value, int releaseIndex = -1)
        : base(message)
    {
        Path = path;
        Value = value;
        ReleaseIndex = releaseIndex;
    }

    /// <summary>Where the problem is, relative to the release.</summary>
    public string Path { get; }

    /// <summary>The offending value as JSON (shortened when long), or null when the value is missing.</summary>
    public string? Value { get; }

    /// <summary>The release's position (from 0) in the input, or among the releases given to a builder.</summary>
    public int ReleaseIndex { get; }

    internal static string? Describe(JsonNode? node)
    {
        var json = node is null ? "null" : node.ToJsonString();
        return json.Length <= MaxValueLength ? json : json[..MaxValueLength] + "…";
    }

    internal static string Which(int releaseIndex, JsonObject? release)
    {
        var position = $"The release at position {releaseIndex + 1}";
        return release?["id"] is JsonValue id ? $"{position} (id {id.ToJsonString()})" : position;
    }
}

/// <summary>Something other than a JSON object was given as a release.</summary>
public sealed class ReleaseNotObjectException(int releaseIndex, JsonNode? release)
    : OcdsMergeException(
        $"The release at position {releaseIndex + 1} is not a JSON object, so it cannot be merged.",
        "", Describe(release), releaseIndex);

/// <summary>A release has no <c>date</c>, so it cannot be put in order.</summary>
public sealed class MissingReleaseDateException(int releaseIndex, JsonObject release)
    : OcdsMergeException(
        $"{Which(releaseIndex, release)} has no \"date\", so it cannot be put in order with the others.",
        "date", null, releaseIndex);

/// <summary>A release's <c>date</c> is null, not a string, or not a date and time.</summary>
public sealed class InvalidReleaseDateException(int releaseIndex, JsonObject release, JsonNode? date, string problem)
    : OcdsMergeException(
        $"{Which(releaseIndex, release)} has a \"date\" that {problem}, so it cannot be put in order with the others.",
        "date", Describe(date), releaseIndex);

/// <summary>A release is older than the compiled or versioned release it is being added to.</summary>
public sealed class ReleaseOutOfOrderException(int releaseIndex, JsonObject release, string date, string latest)
    : OcdsMergeException(
        $"{Which(releaseIndex, release)} is dated {date}, earlier than {latest}, the latest release already merged. " +
        "Merge all the releases again in date order instead.",
        "date", Describe(JsonValue.Create(date)), releaseIndex);

/// <summary>A path holds a value in one release and an object or array in another.</summary>
public sealed class InconsistentTypeException(int releaseIndex, string path, JsonNode? value, string earlier, string now)
    : OcdsMergeException(
        $"The field \"{path}\" is {now} in the release at position {releaseIndex + 1} but {earlier} in an earlier " +
        "release, so they cannot be merged.",
        path, Describe(value), releaseIndex);
