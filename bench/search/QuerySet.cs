namespace OpenCommissioning.Search.Bench;

/// <summary>
/// The searches measured: keywords plus two filters, as people search. Keywords run from very common (care,
/// maintenance) to rare and quoted phrases; filters rotate so each keyword meets several pairs.
/// </summary>
public static class QuerySet
{
    private static readonly string[] Keywords =
    [
        "care services", "highways maintenance", "cleaning", "waste collection", "IT support", "\"domiciliary care\"",
        "school transport", "consultancy", "training", "construction", "security guarding", "catering",
        "software", "mental health", "grounds maintenance", "recruitment", "refurbishment", "insurance",
        "road resurfacing", "social value apprenticeships", "supported living", "fleet vehicles",
        "net zero", "\"emergency call-out\"", "framework agreement",
    ];

    private static readonly string[][] FilterPairs =
    [
        ["region=UKD", "sme=true"], ["valueFrom=100000&valueTo=2000000", "status=open"], ["region=UKI", "status=open"],
        ["sme=true", "vcse=true"], ["type=tender", "region=UKE"], ["cpv=85000000", "region=UKJ"],
        ["publishedFrom={recent}", "sme=true"], ["status=awarded", "valueFrom=500000"], ["region=UKM", "type=tender"],
        ["cpv=45000000", "valueTo=1000000&noValue=exclude"], ["status=open", "sort=closingsoonest"], ["region=UKF", "sort=newest"],
        ["vcse=true", "status=closed"], ["cpv=90000000", "sort=value"],
    ];

    public const int Count = 60;

    /// <summary>The query strings, each starting with "?", dates relative to <paramref name="today"/>.</summary>
    public static IReadOnlyList<string> Build(DateOnly today) => Enumerable.Range(0, Count).Select(i =>
    {
        var pair = FilterPairs[(i * 5 + i / Keywords.Length) % FilterPairs.Length];
        var filters = string.Join('&', pair).Replace("{recent}", today.AddDays(-90).ToString("yyyy-MM-dd"));
        return $"?q={Uri.EscapeDataString(Keywords[i % Keywords.Length])}&{filters}";
    }).ToList();
}
