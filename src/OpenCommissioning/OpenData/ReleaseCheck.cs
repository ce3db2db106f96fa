using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.OpenData;

/// <summary>
/// A release validated ahead of being offered to the store, so that the harvester can validate the next page on
/// another core while the current one is written. Only the store makes one (<see cref="ReleaseStore.Check"/>),
/// and it counts only for the very release and extensions it was made for: anything else is validated again.
/// </summary>
public sealed class ReleaseCheck
{
    private readonly JsonObject release;
    private readonly IReadOnlyList<string>? extensions;

    internal ReleaseCheck(JsonObject release, IReadOnlyList<string>? extensions, IReadOnlyList<Finding> errors)
    {
        (this.release, this.extensions, Errors) = (release, extensions, errors);
        // The text to store, serialised ahead too when the release is valid.
        Json = errors.Count == 0 ? release.ToJsonString() : null;
    }

    public IReadOnlyList<Finding> Errors { get; }
    internal string? Json { get; }

    internal bool IsFor(JsonObject offered, IReadOnlyList<string>? offeredExtensions) =>
        ReferenceEquals(release, offered) && ReferenceEquals(extensions, offeredExtensions);
}
