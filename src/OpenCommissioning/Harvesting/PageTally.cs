using System.Text.Json.Nodes;

namespace OpenCommissioning.Harvesting;

/// <summary>
/// What one run did, kept on the source (running totals, saved with each page) and in the run's outcome line, which
/// counts only committed pages: a page that failed stored nothing, so its releases are not reported as added.
/// </summary>
internal sealed class PageTally
{
    private readonly int[] run = new int[4];
    private readonly int[] page = new int[4];
    private int pages;

    /// <summary>Counts a release of the page being saved, with the outcome its write really had (see <see cref="WrittenPage"/>).</summary>
    public void Count(HarvestSource source, IntakeOutcome outcome, JsonNode? release)
    {
        page[(int)outcome]++;
        switch (outcome)
        {
            case IntakeOutcome.Added:
                source.ReleasesAdded++;
                if (release?["date"] is JsonValue v && v.TryGetValue<string>(out var text) && DateTimeOffset.TryParse(text, out var date)
                    && (source.NewestReleaseDate is null || date > source.NewestReleaseDate))
                    source.NewestReleaseDate = date.ToUniversalTime();
                break;
            case IntakeOutcome.AlreadyStored: source.ReleasesAlreadyStored++; break;
            case IntakeOutcome.Quarantined: source.ReleasesQuarantined++; break;
        }
    }

    /// <summary>The page counted since the last commit was committed.</summary>
    public void PageCommitted()
    {
        pages++;
        for (var i = 0; i < run.Length; i++) run[i] += page[i];
        Array.Clear(page);
    }

    public string Describe() =>
        $"Read {pages} {(pages == 1 ? "page" : "pages")}: {run[(int)IntakeOutcome.Added]} added, {run[(int)IntakeOutcome.AlreadyStored]} already stored, "
        + $"{run[(int)IntakeOutcome.Quarantined]} quarantined"
        + (run[(int)IntakeOutcome.AlreadyQuarantined] > 0 ? $", {run[(int)IntakeOutcome.AlreadyQuarantined]} already in quarantine." : ".");
}
