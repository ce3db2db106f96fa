using System.Collections.Concurrent;

namespace OpenCommissioning.Harvesting;

/// <summary>
/// Spaces requests to each portal host within this instance (Find a Tender allows 12 requests in 2 minutes).
/// Several instances each keep their own spacing; see docs/harvesting.md.
/// </summary>
public sealed class PortalPacing(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> nextAllowed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    /// <summary>How long to wait before the next request to <paramref name="host"/>, booking that turn.</summary>
    public TimeSpan TurnFor(string host, TimeSpan spacing)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var turn = nextAllowed.TryGetValue(host, out var allowed) && allowed > now ? allowed : now;
            nextAllowed[host] = turn + spacing;
            return turn - now;
        }
    }
}
