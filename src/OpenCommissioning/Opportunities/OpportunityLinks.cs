namespace OpenCommissioning.Opportunities;

/// <summary>Every address in this capability, so pages and emails never spell routes by hand.</summary>
public static class OpportunityLinks
{
    public static string Search(string queryString = "") => "/search" + Prefixed(queryString);
    public static string Search(OpportunityQuery query, int page = 1) => "/search" + OpportunityQueryString.Format(query, page);
    public static string SearchCsv(OpportunityQuery query) => "/search.csv" + OpportunityQueryString.Format(query);
    public static string Notice(string ocid) => "/notices/" + Uri.EscapeDataString(ocid);
    public static string OcdsRecord(string ocid) => "/api/ocds/records/" + Uri.EscapeDataString(ocid);
    public static string CpvCodes(string? words = null) => "/search/cpv-codes" + (string.IsNullOrWhiteSpace(words) ? "" : "?words=" + Uri.EscapeDataString(words));
    public static string SavedSearches => "/saved-searches";
    public static string SaveSearch(OpportunityQuery query) => "/saved-searches/new" + OpportunityQueryString.Format(query);
    public static string Unsubscribe(string token) => "/alerts/unsubscribe?token=" + Uri.EscapeDataString(token);
    public static string OneClickUnsubscribe(string token) => "/alerts/unsubscribe/one-click?token=" + Uri.EscapeDataString(token);

    private static string Prefixed(string queryString) =>
        string.IsNullOrEmpty(queryString) ? "" : queryString.StartsWith('?') ? queryString : "?" + queryString;
}
