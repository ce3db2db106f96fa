namespace OpenCommissioning.Harvesting;

/// <summary>
/// Every pause the harvester makes (spacing requests, back-off, a portal's rate limit) goes through here, on the
/// service's clock, so tests can record the waits instead of sleeping through them.
/// </summary>
public class HarvestWaits(TimeProvider clock)
{
    public virtual Task WaitAsync(TimeSpan length, WaitReason reason, CancellationToken cancellationToken) =>
        length <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(length, clock, cancellationToken);
}

/// <summary>Why the harvester paused: its own spacing, backing off after a failure, or the portal's rate limit.</summary>
public enum WaitReason { Spacing, BackOff, RateLimit }

/// <summary>
/// Told about each release a run offers before the page is committed, and how long each page kept the run waiting.
/// Does nothing in production; tests use it to kill a run mid-page and prove it resumes, the benchmark to show
/// how much of the reading the read-ahead hid behind the database's work.
/// </summary>
public class HarvestObserver
{
    /// <summary>
    /// A release was offered, after the page's look-up and before its write: <paramref name="outcome"/> is as offered,
    /// so a release another writer stores before the write is Added here but counted as already stored.
    /// </summary>
    public virtual void ReleaseOffered(HarvestSource source, IntakeOutcome outcome) { }

    /// <summary>The page is read and checked; the run waited <paramref name="waited"/> for it (none when read ahead in time).</summary>
    public virtual void PageReady(HarvestSource source, TimeSpan waited) { }
}
