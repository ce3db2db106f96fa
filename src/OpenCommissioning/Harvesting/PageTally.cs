using System.Text.Json.Nodes;

namespace OpenCommissioning.Harvesting;

/// <summary>What one run did, kept on the source (running totals) and in the run's outcome line.</summary>
internal sealed class PageTally
{
    public int Pages { get; set; }
    private int added, alreadyStored, quarantined, alreadyQuarantined;

    public void Count(HarvestSource source, IntakeOutcome outcome, JsonNode? release)
    {
        switch (outcome)
        {
            case IntakeOutcome.Added:
                added++;
                source.ReleasesAdded++;
                if (release?["date"] is JsonValue v && v.TryGetValue<string>(out var text) && DateTimeOffset.TryParse(text, out var date)
                    && (source.NewestReleaseDate is null || date > source.NewestReleaseDate))
                    source.NewestReleaseDate = date.ToUniversalTime();
                break;
            case IntakeOutcome.AlreadyStored: alreadyStored++; source.ReleasesAlreadyStored++; break;
            case IntakeOutcome.Quarantined: quarantined++; source.ReleasesQuarantined++; break;
            default: alreadyQuarantined++; break;
        }
    }

    public string Describe() =>
        $"Read {Pages} {(Pages == 1 ? "page" : "pages")}: {added} added, {alreadyStored} already stored, {quarantined} quarantined"
        + (alreadyQuarantined > 0 ? $", {alreadyQuarantined} already in quarantine." : ".");
}
