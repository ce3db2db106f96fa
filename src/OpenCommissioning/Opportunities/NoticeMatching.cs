using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Data;
using static OpenCommissioning.Opportunities.OpportunityProjection;

namespace OpenCommissioning.Opportunities;

/// <summary>
/// Finds when a notice is the same opportunity as one already indexed from another portal, so search shows it once.
/// Identifiers first, then the matching rule of docs/decisions/0005-one-notice-across-portals.md. The notice indexed
/// first stays the one shown (canonical); the other records which it duplicates and why.
/// </summary>
public sealed class NoticeMatching(AppDbContext db)
{
    /// <summary>How far apart two portals' publications of the same notice may be when only the value matches.</summary>
    public static readonly TimeSpan PublicationWindow = TimeSpan.FromDays(14);

    public async Task LinkAsync(Opportunity notice, JsonObject compiled, CancellationToken cancellationToken)
    {
        notice.DuplicateOf = null;
        notice.DuplicateReason = null;
        var set = db.Set<Opportunity>();
        // A notice others already point at stays canonical, so a link never turns into a chain or a loop.
        if (await set.AnyAsync(o => o.DuplicateOf == notice.Ocid, cancellationToken)) return;

        var named = NamedIdentifiers(compiled, notice.Ocid);
        if (named.Count > 0)
        {
            var byIdentifier = await set.AsNoTracking()
                .Where(o => o.Ocid != notice.Ocid && (named.Contains(o.Ocid) || (o.TenderId != null && named.Contains(o.TenderId))))
                .OrderBy(o => o.FirstIndexedAt).ThenBy(o => o.Ocid).FirstOrDefaultAsync(cancellationToken);
            if (byIdentifier is not null)
            {
                var which = named.Contains(byIdentifier.Ocid) ? byIdentifier.Ocid : byIdentifier.TenderId;
                Link(notice, byIdentifier, $"This notice names the other ({which}) as the same process.");
                return;
            }
        }

        if (notice.Kind == OpportunityKind.Grant || notice.MatchTitle.Length == 0) return;
        var candidates = await set.AsNoTracking()
            .Where(o => o.MatchTitle == notice.MatchTitle && o.Ocid != notice.Ocid && o.Kind == OpportunityKind.Contract)
            .OrderBy(o => o.FirstIndexedAt).ThenBy(o => o.Ocid).Take(50).ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
            if (RuleReason(notice, candidate) is { } reason) { Link(notice, candidate, reason); return; }
    }

    /// <summary>
    /// The rule: published on different portals, the same buyer (identifier, or else normalised name), the same
    /// normalised title, and either the same tender deadline or the same value published within 14 days.
    /// </summary>
    public static string? RuleReason(Opportunity notice, Opportunity other)
    {
        if (notice.Source == other.Source || notice.MatchTitle != other.MatchTitle || notice.MatchTitle.Length == 0) return null;
        var sameBuyer = notice.BuyerId is not null && other.BuyerId is not null
            ? notice.BuyerId == other.BuyerId
            : notice.MatchBuyer is not null && notice.MatchBuyer == other.MatchBuyer;
        if (!sameBuyer) return null;
        var buyer = notice.BuyerId is not null && other.BuyerId is not null ? "buyer identifier" : "buyer name";
        if (notice.ClosingAt is { } closing && other.ClosingAt is { } otherClosing)
            return closing == otherClosing ? $"Same {buyer}, title and tender deadline." : null;
        if (notice.ValueAmount is { } value && value == other.ValueAmount && (notice.PublishedAt - other.PublishedAt).Duration() <= PublicationWindow)
            return $"Same {buyer}, title and value, published within {PublicationWindow.Days} days of each other.";
        return null;
    }

    private static void Link(Opportunity notice, Opportunity other, string reason)
    {
        var canonical = other.DuplicateOf ?? other.Ocid;
        if (canonical == notice.Ocid) return;
        notice.DuplicateOf = canonical;
        notice.DuplicateReason = reason.Length > 500 ? reason[..500] : reason;
    }

    /// <summary>The ocids and notice ids a release names as its own process: related processes and the tender's id.</summary>
    private static List<string> NamedIdentifiers(JsonObject compiled, string ocid)
    {
        // A sub-contract names its contract, and a contract its sub-contracts: other processes, never this one again.
        var named = Objects(compiled["relatedProcesses"])
            .Where(p => !(p["relationship"] is JsonArray r && r.Any(x => Text(x) is "parent" or "subContract")))
            .Where(p => Text(p["scheme"]) is null or "ocid" or "ocds" || Text(p["identifier"])?.StartsWith("ocds-", StringComparison.Ordinal) == true)
            .Select(p => Text(p["identifier"])).ToList();
        // A tender id counts only when it is an ocid: short tender ids ("1", "T-2024-01") repeat across buyers.
        if (Text(compiled["tender"]?["id"]) is { } tenderId && tenderId.StartsWith("ocds-", StringComparison.Ordinal)) named.Add(tenderId);
        return named.OfType<string>().Where(i => i != ocid).Distinct().ToList();
    }

    /// <summary>Lower case, accents and punctuation dropped, "&amp;" as "and", spaces collapsed: how people retype titles.</summary>
    public static string Normalise(string? text, int maxLength = 1000)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("&", " and ").Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var keep = char.IsLetterOrDigit(c) ? c : ' ';
            if (keep != ' ' || (builder.Length > 0 && builder[^1] != ' ')) builder.Append(keep);
        }
        var normalised = builder.ToString().Trim();
        return normalised.Length > maxLength ? normalised[..maxLength] : normalised;
    }

    /// <summary>A buyer's name for matching: normalised, without "the" and legal endings that portals add or drop.</summary>
    public static string? NormaliseBuyer(string? name)
    {
        var words = Normalise(name, 500).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("the" or "ltd" or "limited" or "plc")).ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }
}
