using System.Globalization;
using System.Text;

namespace OpenCommissioning.Harvest.Bench;

public sealed record RunFacts(int Releases, int Invalid, int Pages, long Bytes, string LoadBefore, string LoadAfter, bool Ran, string WaitsSkipped, string Samples);

public sealed record Counts(int Stored, int Distinct, int Quarantined, int ReleaseAddedJobs, long PagesRead, string Outcome);

/// <summary>The figures as Markdown, for the console and bench/harvest/results.md.</summary>
public static class Report
{
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static string Write(RunFacts facts, FloorResult floor, ReadResult read, TimeSpan harvest, DatabaseTimings db, PageWaits pages, Counts counts)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.AppendLine(line);
        string S(TimeSpan t) => t.TotalSeconds.ToString("N2", CultureInfo.InvariantCulture);
        string Rate(TimeSpan t) => (facts.Releases / t.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);
        string Share(TimeSpan t) => (t / harvest).ToString("P0", CultureInfo.InvariantCulture);

        Line($"# Harvest benchmark: {facts.Releases:N0} releases");
        Line();
        Line($"`bench/harvest/run --releases {facts.Releases}`, {DateTimeOffset.UtcNow:d MMMM yyyy HH:mm} UTC, {Environment.ProcessorCount} cores, " +
             $".NET {Environment.Version}. Load average (1, 5, 15 min) before: {facts.LoadBefore}; after: {facts.LoadAfter}.");
        Line();
        Line($"Samples: {facts.Samples}.");
        Line();
        Line($"Feed: {facts.Pages:N0} pages of up to 100 releases, {facts.Bytes / 1e6:N1} MB, {facts.Invalid:N0} releases broken on purpose; " +
             $"served by Kestrel on 127.0.0.1 from memory. Pauses the harvester asked for and the benchmark skipped: {(facts.WaitsSkipped.Length == 0 ? "none" : facts.WaitsSkipped)}.");
        Line();
        Line("| pass | seconds | releases/s | × floor |");
        Line("| --- | ---: | ---: | ---: |");
        Line($"| floor: download + `JsonDocument` | {S(floor.Elapsed)} | {Rate(floor.Elapsed)} | 1.00 |");
        Line($"| PortalClient read + validation, nothing stored | {S(read.Elapsed)} | {Rate(read.Elapsed)} | {read.Elapsed / floor.Elapsed:N2} |");
        Line($"| **harvest** (Harvester into PostgreSQL) | {S(harvest)} | **{Rate(harvest)}** | **{harvest / floor.Elapsed:N2}** |");
        Line();
        Line("Where the harvest's time goes, on its own path (EF Core's diagnostic events and the harvester's page waits, during the harvest):");
        Line();
        Line("| part | seconds | share of harvest |");
        Line("| --- | ---: | ---: |");
        Line($"| waiting for pages: reading and validation the read-ahead did not hide ({pages.Pages:N0} pages) | {S(pages.Waited)} | {Share(pages.Waited)} |");
        Line($"| look-up queries while offering ({db.QueryCount:N0} commands, database time) | {S(db.Queries)} | {Share(db.Queries)} |");
        Line($"| page writes: multi-row INSERTs of releases and sightings ({db.WriteCount:N0} commands, database time) | {S(db.Writes)} | {Share(db.Writes)} |");
        Line($"| SaveChanges ({db.Saves:N0} calls: position, quarantine, jobs) — database commands ({db.SaveCommandCount:N0}) | {S(db.SaveCommands)} | {Share(db.SaveCommands)} |");
        Line($"| the commits ({db.CommitCount:N0}) | {S(db.Commits)} | {Share(db.Commits)} |");
        var saveWork = db.SaveChanges - db.SaveCommands - db.CommitsInsideSave;
        Line($"| SaveChanges — EF Core's own work (change detection, command building, connection) | {S(saveWork)} | {Share(saveWork)} |");
        var rest = harvest - pages.Waited - db.Queries - db.Writes - db.SaveChanges - db.CommitsOutsideSave;
        Line($"| the rest: intake in process (queries built and read, oversized-number and store checks, rows and their parameters, tally, position) | {S(rest)} | {Share(rest)} |");
        Line();
        var database = db.Queries + db.Writes + db.SaveCommands + db.Commits;
        Line($"**Database commands and commits in all: {S(database)} s, {Share(database)} of the harvest.** " +
             $"Connections taken from the pool: {db.ConnectionOpenCount:N0}, {S(db.ConnectionOpens)} s (inside the parts above).");
        Line();
        Line($"Done on the read-ahead thread, overlapping the parts above (timed alone in the read pass): HTTP + decoding + `JsonNode` parse " +
             $"{S(read.Reading)} s, OCDS validation of each release {S(read.Validating)} s, serialising each valid release for storage {S(read.Serialising)} s.");
        Line();
        var expected = facts.Releases - facts.Invalid;
        Line("Counts:");
        Line();
        Line($"- stored releases from the feed: {counts.Stored:N0} (expected {expected:N0}), distinct (ocid, id): {counts.Distinct:N0} — {Check(counts.Stored == expected && counts.Distinct == counts.Stored)}");
        Line($"- quarantined: {counts.Quarantined:N0} (expected {facts.Invalid:N0}) — {Check(counts.Quarantined == facts.Invalid)}");
        Line($"- the read pass's validator found {read.Invalid:N0} invalid of {read.Releases:N0}");
        Line($"- release-added jobs queued: {counts.ReleaseAddedJobs:N0}; pages read: {counts.PagesRead:N0}; run {(facts.Ran ? "ran" : "did not run")}: {counts.Outcome}");
        return text.ToString();
    }

    private static string Check(bool ok) => ok ? "**correct**" : "**WRONG**";
}
