using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Components;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Opportunities;

/// <summary>
/// Find notices: a GET form, so every search is a URL that can be shared. Bad filter values are reported in the
/// error summary and left out, and the rest of the search still runs.
/// </summary>
[AllowAnonymous]
public sealed class SearchModel(OpportunitySearch search, NoticeSources sources, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    public OpportunityQuery Query { get; private set; } = OpportunityQuery.Everything;
    public OpportunityPage Results { get; private set; } = new([], 0, 1, PageSize);
    public IReadOnlyList<QueryError> Errors { get; private set; } = [];
    public IReadOnlyList<FilterTag> Tags { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    /// <summary>The portals each result was published on, its duplicates' included.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<OpenData.NoticeSource>> Sources { get; private set; } =
        new Dictionary<string, IReadOnlyList<OpenData.NoticeSource>>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var parsed = OpportunityQueryString.Parse(Request.Query);
        Query = parsed.Query;
        Errors = parsed.Errors;
        foreach (var error in Errors) ModelState.AddModelError(error.Field, error.Message);
        Tags = FilterTag.For(Query);
        Now = clock.GetUtcNow();
        Results = await search.SearchAsync(Query, parsed.Page, PageSize, cancellationToken);
        Sources = await sources.ForAsync(Results.Items.Select(o => o.Ocid).ToList(), cancellationToken);
    }

    /// <summary>What was typed in a field, shown back even when it was not valid.</summary>
    public string? Typed(string field) => Request.Query[field].LastOrDefault(v => !string.IsNullOrWhiteSpace(v));

    public IReadOnlyList<string> TypedAll(string field) => Request.Query[field].OfType<string>().ToList();

    public IReadOnlyList<string> TypedTypes => TypedAll("type");
    public IReadOnlyList<string> TypedStatuses => TypedAll("status");

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    public static IReadOnlyList<ChoiceItem> NoticeTypeItems { get; } =
    [
        new("planning", "Pipeline (future opportunity)"), new("tender", "Tender (open for bids)"), new("award", "Award"),
        new("contract", "Contract"), new("cancellation", "Cancellation"),
    ];

    public static IReadOnlyList<ChoiceItem> StatusItems { get; } =
        [new("planned", "Planned (not yet open for bids)"), new("open", "Open"), new("closed", "Closed"), new("awarded", "Awarded"), new("cancelled", "Cancelled")];

    public IReadOnlyList<ChoiceItem> KindItems =>
    [
        new("", "Both") { Checked = Query.Kind is null },
        new("contracts", "Contracts only") { Checked = Query.Kind == OpportunityKind.Contract },
        new("grants", "Grants only") { Checked = Query.Kind == OpportunityKind.Grant },
    ];

    public static IReadOnlyList<ChoiceItem> NoValueItems { get; } = [new("include", "Include them"), new("exclude", "Leave them out")];

    public IReadOnlyList<ChoiceItem> SuitabilityItems =>
    [
        new("true", "Small and medium-sized enterprises (SMEs)") { Name = "sme", Id = "sme", Checked = Query.SuitableForSme },
        new("true", "Voluntary, community and social enterprises (VCSEs)") { Name = "vcse", Id = "vcse", Checked = Query.SuitableForVcse },
        new("true", "Sub-contracts only") { Name = "subcontract", Id = "subcontract", Checked = Query.SubContractsOnly },
    ];

    public static IReadOnlyList<ChoiceItem> RegionItems { get; } =
        UkRegions.Main.Select(r => new ChoiceItem(r.Code, r.Name.Replace(" (England)", ""))).ToList();

    public IReadOnlyList<SelectItem> SortItems => new[]
    {
        (OpportunitySort.Relevance, "Relevance"), (OpportunitySort.ClosingSoonest, "Closing soonest"),
        (OpportunitySort.Newest, "Newest"), (OpportunitySort.Value, "Value (highest first)"),
    }.Select(s => new SelectItem(OpportunityQueryString.Lower(s.Item1), s.Item2) { Selected = Query.Sort == s.Item1 }).ToList();

    /// <summary>How the shown notices are sorted, to end "The 1,000 most recently published are shown, …".</summary>
    public static string SortedText(OpportunitySort sort) => sort switch
    {
        OpportunitySort.Relevance => "best matches first",
        OpportunitySort.ClosingSoonest => "closing soonest first",
        OpportunitySort.Value => "highest value first",
        _ => "newest first",
    };

    public static string StatusText(OpportunityStatus status) => status switch
    {
        OpportunityStatus.Open => "Open",
        OpportunityStatus.Closed => "Closed",
        OpportunityStatus.Awarded => "Awarded",
        OpportunityStatus.Planned => "Planned",
        _ => "Cancelled",
    };

    public static string StatusTagClass(OpportunityStatus status) => status switch
    {
        OpportunityStatus.Open => "govuk-tag--green",
        OpportunityStatus.Awarded => "govuk-tag--blue",
        OpportunityStatus.Cancelled => "govuk-tag--red",
        OpportunityStatus.Planned => "govuk-tag--light-blue",
        _ => "govuk-tag--grey",
    };

    public static string NoticeTypeText(NoticeType type) => type switch
    {
        NoticeType.Planning => "Pipeline",
        NoticeType.Tender => "Tender",
        NoticeType.Award => "Award",
        NoticeType.Contract => "Contract",
        _ => "Cancellation",
    };

    public static string Money(decimal? amount, string? currency) => amount is null ? "Not known"
        : currency is null or "GBP" ? amount.Value.ToString("£#,##0.##", System.Globalization.CultureInfo.InvariantCulture)
        : $"{amount.Value.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture)} {currency}";
}
