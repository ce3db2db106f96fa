using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Merging;

/// <summary>
/// The bookkeeping both incremental builders share: releases must come in date order after what is already
/// merged; the merged release is handed out without a copy and copied only if more releases follow; a failed
/// release leaves the builder unusable rather than quietly half-merged.
/// </summary>
internal sealed class IncrementalMerge(MergeRoutine routine, JsonObject merged, DateTimeOffset? latest, string? latestText)
{
    private bool handedOut;
    private bool faulted;
    private int added;

    public void Add(JsonNode release)
    {
        if (faulted)
        {
            throw new InvalidOperationException(
                "An earlier release could not be merged and left this builder part-way through; start a new builder.");
        }

        var dated = DatedRelease.From(release, added);
        if (latest is { } previous && dated.Instant.UtcTicks < previous.UtcTicks)
        {
            throw new ReleaseOutOfOrderException(added, dated.Release, dated.Date, latestText ?? previous.ToString("O"));
        }

        if (handedOut)
        {
            merged = (JsonObject)merged.DeepClone();
            handedOut = false;
        }

        try
        {
            routine.Add(merged, dated);
        }
        catch
        {
            faulted = true;
            throw;
        }

        latest = dated.Instant;
        latestText = dated.Date;
        added++;
    }

    public MergeResult Build()
    {
        handedOut = true;
        return new MergeResult(merged, routine.Warnings.ToArray());
    }
}
