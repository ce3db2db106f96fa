using System.Text.Json.Nodes;
using OpenCommissioning.OpenData;

namespace OpenCommissioning.Harvesting;

/// <summary>
/// What a page's write really stored. A release offered as new that another writer stored between the page's
/// look-up and its write was skipped by the database, so it counts as already stored: the page's figures say what
/// its rows are, not what the look-up expected.
/// </summary>
public sealed class WrittenPage(DeferredWrite written)
{
    /// <summary>The outcome to count for a release offered with <paramref name="offered"/>.</summary>
    public IntakeOutcome OutcomeOf(JsonNode? release, IntakeOutcome offered) =>
        offered == IntakeOutcome.Added && release is JsonObject o && Text(o["ocid"]) is { } ocid && Text(o["id"]) is { } id
            && written.StoredElsewhere.Contains((ocid, id))
            ? IntakeOutcome.AlreadyStored
            : offered;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}
