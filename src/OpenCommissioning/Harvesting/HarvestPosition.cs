namespace OpenCommissioning.Harvesting;

/// <summary>Moves a source's position past a page it has read.</summary>
internal static class HarvestPosition
{
    /// <summary>Returns true when the source is caught up and the run should end.</summary>
    public static bool Advance(HarvestSource source, PortalBehaviour behaviour, HarvestPage page, Uri url,
        DateTimeOffset windowFrom, DateTimeOffset windowTo, DateTimeOffset now)
    {
        // An empty page ends a window even if it carries links.next: Contracts Finder's last page does.
        var more = page.Next is { } next && page.Releases.Count + page.Refused.Count > 0 && next != url.ToString();
        if (more)
        {
            source.WindowFrom = windowFrom;
            source.NextPageUrl = page.Next;
            return false;
        }
        if (!behaviour.Windowed)
        {
            // Re-reading the last page next run picks up a links.next the publisher adds later.
            source.NextPageUrl = url.ToString();
            return true;
        }
        source.NextPageUrl = null;
        var caughtUp = behaviour.MonthlyWindows ? windowTo > now : windowTo >= now;
        if (!caughtUp)
        {
            source.WindowFrom = windowTo;
            return false;
        }
        // The current month is read again until it has ended; a day window restarts a little back in time.
        source.WindowFrom = behaviour.MonthlyWindows ? windowFrom
            : Max(windowFrom, windowTo - PortalBehaviour.CatchUpOverlap);
        return true;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
