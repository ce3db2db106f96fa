using OpenCommissioning.Platform.Layout;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Reference;
using static OpenCommissioning.Opportunities.OpportunityProjection;

namespace OpenCommissioning.Opportunities;

/// <summary>One lot as the public reads it; <see cref="CpvLines"/> are its own codes, each with its label.</summary>
public sealed record NoticeLot(string Title, string? Description, string Value, IReadOnlyList<string> CpvLines);
public sealed record NoticeDocument(string Title, string? Url, string? Published);
/// <summary>One award as the public reads it: every supplier (a consortium's lead first), the value, the date and the contract signed.</summary>
public sealed record NoticeAward(IReadOnlyList<string> Suppliers, string Value, DateTimeOffset? Date, string? Lots, DateTimeOffset? ContractSigned);
public sealed record NoticeContact(string? Name, string? Email, string? Telephone, string? Url);

/// <summary>One notice as the public sees it: read from the compiled release, with the history of its releases.</summary>
[AllowAnonymous]
public sealed class NoticeModel(AppDbContext db, ReleaseStore store, NoticeSources sources, Notices.DocumentWithdrawals withdrawals,
    SubContractLinks subContracts, TimeProvider clock) : PageModel
{
    public Opportunity Notice { get; private set; } = null!;
    public JsonObject Compiled { get; private set; } = null!;
    public IReadOnlyList<StoredRelease> History { get; private set; } = [];
    public OpportunityStatus Status { get; private set; }
    /// <summary>The portals this process was seen on, and those of the same opportunity published elsewhere.</summary>
    public IReadOnlyList<NoticeSource> Sources { get; private set; } = [];
    public IReadOnlyList<NoticeSource> AlsoPublishedOn { get; private set; } = [];
    /// <summary>Documents an amendment withdrew: listed apart from the current ones, with when and why.</summary>
    public IReadOnlyList<Notices.WithdrawnDocument> WithdrawnDocuments { get; private set; } = [];
    /// <summary>For a sub-contract opportunity, the contract it is part of; for a contract, the opportunities its prime published.</summary>
    public LinkedNotice? ParentContract { get; private set; }
    public IReadOnlyList<LinkedNotice> SubContracts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string ocid, CancellationToken cancellationToken)
    {
        var notice = await db.Set<Opportunity>().FindAsync([ocid], cancellationToken);
        var compiled = notice is null ? null : await store.CompiledReleaseAsync(ocid, cancellationToken);
        if (notice is null || compiled is null) return NotFound();
        Notice = notice;
        Compiled = compiled;
        History = await store.ReleasesOfAsync(ocid, cancellationToken);
        Status = notice.StatusAt(clock.GetUtcNow());
        (Sources, AlsoPublishedOn) = await sources.ForNoticeAsync(notice, cancellationToken);
        WithdrawnDocuments = await withdrawals.PublishedAsync(ocid, cancellationToken);
        ParentContract = await subContracts.ParentAsync(notice, cancellationToken);
        SubContracts = await subContracts.SubContractsAsync(ocid, clock.GetUtcNow(), cancellationToken);
        return Page();
    }

    private JsonObject? Tender => Compiled["tender"] as JsonObject;

    public IReadOnlyList<string> Paragraphs => Notice.Description
        .Split(["\r\n\r\n", "\n\n", "\r\r"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// The notice's own codes: its lots' codes are shown with each lot. Search holds both, so when a release gives codes
    /// only on its lots' items, those are what is being bought.
    /// </summary>
    public IReadOnlyList<string> CpvLines
    {
        get
        {
            var own = Classified(new[] { Tender?["classification"] }.Concat(Objects(Tender?["additionalClassifications"]))
                .Concat(Objects(Tender?["items"]).Where(i => Text(i["relatedLot"]) is null).SelectMany(ClassificationsOf)));
            return (own.Count > 0 ? own : Notice.CpvCodeList).Select(CpvLine).ToList();
        }
    }

    /// <summary>The most specific regions only: the stored ancestors are for filtering, not for reading.</summary>
    public IReadOnlyList<string> Places
    {
        get
        {
            var codes = Notice.RegionCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var narrowest = codes.Where(c => !codes.Any(o => o != c && UkRegions.SelfAndAncestors(o).Contains(c)));
            var names = narrowest.Select(c => UkRegions.Find(c)?.Name ?? c).ToList();
            if (Notice.Postcodes.Length > 0) names.Add(Notice.Postcodes);
            return names;
        }
    }

    private JsonObject? FirstAward => Objects(Compiled["awards"]).FirstOrDefault();
    public DateTimeOffset? AwardDate => Date(FirstAward?["date"]);
    public DateTimeOffset? GrantStart => Date(FirstAward?["contractPeriod"]?["startDate"]);
    public DateTimeOffset? GrantEnd => Date(FirstAward?["contractPeriod"]?["endDate"]);

    public IReadOnlyList<NoticeAward> Awards => Notice.Kind == OpportunityKind.Grant ? [] : Objects(Compiled["awards"]).Select(a => new NoticeAward(
        Objects(a["suppliers"]).Select(s => Text(s["name"]) ?? Text(s["id"]) ?? "Not named").ToList(),
        SearchModel.Money(a["value"]?["amount"] is JsonValue v && v.TryGetValue<decimal>(out var amount) ? amount : null, Text(a["value"]?["currency"])),
        Date(a["date"]),
        a["relatedLots"] is JsonArray lots && lots.Count > 0 ? string.Join(", ", lots.Select(Text)) : null,
        Objects(Compiled["contracts"]).Where(c => Text(c["awardID"]) == Text(a["id"])).Select(c => Date(c["dateSigned"])).FirstOrDefault())).ToList();

    public string? Procedure => Text(Tender?["procurementMethodDetails"]) ?? Text(Tender?["procurementMethod"]);
    private string? Rationale => Text(Tender?["procurementMethodRationale"]);
    /// <summary>The buyer's reason for a tender period shorter than the minimum, worded as the buyer's preview words it.</summary>
    public string? ShortPeriodReason => Notices.ShortTenderPeriod.FromRationale(Rationale);
    /// <summary>Any other rationale (harvested notices give one for a limited procedure or a direct award).</summary>
    public string? ProcedureRationale => ShortPeriodReason is null ? Rationale : null;
    public string? HowToBid => Text(Tender?["submissionMethodDetails"]);
    public DateTimeOffset? ContractStart => Date(Tender?["contractPeriod"]?["startDate"]);
    public DateTimeOffset? ContractEnd => Date(Tender?["contractPeriod"]?["endDate"]);

    public IReadOnlyList<NoticeLot> Lots => Objects(Tender?["lots"]).Select(l => new NoticeLot(
        Text(l["title"]) ?? $"Lot {Text(l["id"])}", Text(l["description"]),
        SearchModel.Money(l["value"]?["amount"] is JsonValue v && v.TryGetValue<decimal>(out var a) ? a : null, Text(l["value"]?["currency"])),
        LotCpvLines(Text(l["id"])))).ToList();

    /// <summary>The codes of the items related to a lot (the OCDS lots extension's <c>relatedLot</c>).</summary>
    private IReadOnlyList<string> LotCpvLines(string? lotId) => lotId is null ? [] :
        Classified(Objects(Tender?["items"]).Where(i => Text(i["relatedLot"]) == lotId).SelectMany(ClassificationsOf)).Select(CpvLine).ToList();

    private static IEnumerable<JsonNode?> ClassificationsOf(JsonObject item) =>
        new[] { item["classification"] }.Concat(Objects(item["additionalClassifications"]));

    private static IReadOnlyList<string> Classified(IEnumerable<JsonNode?> classifications) => classifications.OfType<JsonObject>()
        .Where(c => string.Equals(Text(c["scheme"]), "CPV", StringComparison.OrdinalIgnoreCase))
        .Select(c => CpvCodes.Normalise(Text(c["id"]) ?? "")).OfType<string>().Distinct().ToList();

    private static string CpvLine(string code) => $"{code} {CpvCodes.Find(code)?.Label}".Trim();

    public IReadOnlyList<NoticeDocument> Documents => Objects(Tender?["documents"])
        .Concat(Objects(Compiled["awards"]).SelectMany(a => Objects(a["documents"])))
        .Where(d => !WithdrawnDocuments.Any(w => w.DocumentId.ToString("N") == Text(d["id"])))
        .Select(d => new NoticeDocument(Text(d["title"]) ?? Text(d["description"]) ?? "Document", SafeUrl(Text(d["url"])),
            Date(d["datePublished"]) is { } p ? UkTime.Date(p) : null)).ToList();

    public NoticeContact? Contact
    {
        get
        {
            var buyer = Objects(Compiled["parties"]).FirstOrDefault(p => Text(p["id"]) == Notice.BuyerId)
                ?? Objects(Compiled["parties"]).FirstOrDefault(p => p["roles"] is JsonArray r && r.Any(x => Text(x) == "buyer"));
            var point = buyer?["contactPoint"];
            return point is null ? null : new(Text(point["name"]), Text(point["email"]), Text(point["telephone"]), SafeUrl(Text(point["url"])));
        }
    }

    /// <summary>Only web addresses become links: a javascript: or data: URL in someone's data must never run here.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.ToString() : null;

    public static string TagsText(string tags) => string.Join(", ", tags.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => t switch
    {
        "planning" => "Pipeline notice", "tender" => "Tender notice", "tenderAmendment" => "Tender amended",
        "tenderUpdate" => "Tender updated", "tenderCancellation" => "Tender cancelled", "award" => "Award notice",
        "awardUpdate" => "Award updated", "contract" => "Contract notice", "contractAmendment" => "Contract changed",
        _ => t,
    }));
}
