using System.Globalization;

namespace OpenCommissioning.Harvesting;

/// <summary>How one kind of portal is read, from its publisher's API documentation (see docs/harvesting.md).</summary>
public sealed record PortalBehaviour(
    HarvestSourceKind Kind,
    TimeSpan? WindowLength,
    bool MonthlyWindows,
    TimeSpan RequestSpacing,
    int? RateLimitStatus,
    TimeSpan RateLimitWait)
{
    /// <summary>Windows restart this far back once caught up, for notices that appear after their published time.</summary>
    public static readonly TimeSpan CatchUpOverlap = TimeSpan.FromHours(1);

    public bool Windowed => WindowLength is not null || MonthlyWindows;

    public static PortalBehaviour For(HarvestSourceKind kind) => kind switch
    {
        // Its rate limit is undocumented; when hit it answers 403 Forbidden and lets requests through after about 5 minutes.
        HarvestSourceKind.ContractsFinder => new(kind, TimeSpan.FromDays(7), false, TimeSpan.FromSeconds(1), 403, TimeSpan.FromMinutes(5)),
        // 12 requests in 2 minutes, then 429: one request every 10 seconds never trips it. Long windows lose
        // releases, so one day at a time.
        HarvestSourceKind.FindATender => new(kind, TimeSpan.FromDays(1), false, TimeSpan.FromSeconds(10), null, TimeSpan.Zero),
        HarvestSourceKind.PublicContractsScotland or HarvestSourceKind.Sell2Wales =>
            new(kind, null, true, TimeSpan.FromSeconds(2), null, TimeSpan.Zero),
        _ => new(kind, null, false, TimeSpan.FromSeconds(1), null, TimeSpan.Zero),
    };

    /// <summary>The first page of the window [from, to).</summary>
    public Uri WindowUrl(string baseUrl, DateTimeOffset from, DateTimeOffset to)
    {
        var root = baseUrl.TrimEnd('/');
        return Kind switch
        {
            HarvestSourceKind.ContractsFinder =>
                new($"{root}/Published/Notices/OCDS/Search?publishedFrom={Stamp(from)}&publishedTo={Stamp(to)}&limit=100"),
            HarvestSourceKind.FindATender =>
                new($"{root}/api/1.0/ocdsReleasePackages?updatedFrom={Stamp(from)}&updatedTo={Stamp(to)}&limit=100"),
            HarvestSourceKind.PublicContractsScotland or HarvestSourceKind.Sell2Wales =>
                new($"{root}/Notices?dateFrom={from.UtcDateTime.ToString("MM-yyyy", CultureInfo.InvariantCulture)}&outputType=0"),
            _ => new(baseUrl),
        };
    }

    /// <summary>The end of the window that starts at <paramref name="from"/>, never later than now (except a whole month).</summary>
    public DateTimeOffset WindowEnd(DateTimeOffset from, DateTimeOffset now)
    {
        if (MonthlyWindows)
        {
            var month = new DateTimeOffset(from.Year, from.Month, 1, 0, 0, 0, TimeSpan.Zero);
            return month.AddMonths(1);
        }
        var end = from + (WindowLength ?? TimeSpan.Zero);
        return end < now ? end : now;
    }

    // Both APIs take YYYY-MM-DDTHH:MM:SS, read as UTC.
    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
}
