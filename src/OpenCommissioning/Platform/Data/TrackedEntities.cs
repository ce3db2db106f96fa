using Microsoft.EntityFrameworkCore;

namespace OpenCommissioning.Platform.Data;

public static class TrackedEntities
{
    /// <summary>
    /// Whether this unit of work already tracks a matching entity, read without EF's change detection: callers look
    /// for rows they added themselves, whose keys never change, and detecting changes over a whole page of tracked
    /// rows for every release made a harvest's cost grow with the square of the page size.
    /// </summary>
    public static bool AnyTracked<T>(this DbContext db, Func<T, bool> match) where T : class
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try { return tracker.Entries<T>().Any(e => match(e.Entity)); }
        finally { tracker.AutoDetectChangesEnabled = detect; }
    }
}
