using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OpenCommissioning.OpenData;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Search.Bench;

/// <summary>One generated contracting process: its releases and its search row, built by the service's projection.</summary>
public sealed record GeneratedNotice(IReadOnlyList<StoredRelease> Releases, Opportunity Opportunity);

/// <summary>
/// Makes notices from a fixed seed, so every run searches the same data. Dates count back from the run's day so
/// that a realistic share is still open. The search row comes from OpportunityProjection, as in the service.
/// </summary>
public sealed class NoticeGenerator(int seed, DateTimeOffset today)
{
    private const string Prefix = "ocds-bench0";
    private readonly Random random = new(seed);
    private readonly string[] regionNames = UkRegions.All.Where(r => r.Depth is 2 or 3).Select(r => r.Name).ToArray();
    private readonly string[] otherCpv = CpvCodes.All.Select(c => c.Code).Order(StringComparer.Ordinal).ToArray();

    public GeneratedNotice Next(int number)
    {
        var ocid = $"{Prefix}-{number:D8}";
        var subject = Vocabulary.Subjects[Skewed(Vocabulary.Subjects.Length)];
        var placeIndex = random.Next(Vocabulary.Places.Length);
        var place = Vocabulary.Places[placeIndex];
        var kindIndex = random.Next(Vocabulary.BuyerKinds.Length);
        var buyerName = $"{place} {Vocabulary.BuyerKinds[kindIndex]}";
        var buyerId = $"GB-BENCH-{placeIndex:D3}{kindIndex:D2}";
        var published = today.AddDays(-random.Next(0, 1095)).AddMinutes(random.Next(8 * 60, 18 * 60));
        var closing = published.AddDays(random.Next(10, 60));
        var kind = random.Next(100);
        var cancelled = kind >= 95;
        var awarded = kind is >= 78 and < 95 && closing < today;
        var planning = kind < 8;

        var tender = new JsonObject
        {
            ["id"] = $"{ocid}-tender",
            ["title"] = $"{Pick(Vocabulary.Openings)} {subject.Words}{Lot()} - {place}",
            ["description"] = Description(subject, place, buyerName),
            ["status"] = cancelled ? "cancelled" : planning ? "planning" : "active",
            ["classification"] = Cpv(subject.Cpv),
            ["items"] = new JsonArray(Item(random.Next(10) == 0 ? "Nationwide" : Pick(regionNames))),
            ["suitability"] = new JsonObject { ["sme"] = random.Next(100) < 45, ["vcse"] = random.Next(100) < 20 },
        };
        if (random.Next(100) < 30) tender["additionalClassifications"] = new JsonArray(Cpv(Pick(otherCpv)));
        if (random.Next(100) >= 20) tender["value"] = Money(Math.Round(Math.Exp(random.NextDouble() * 9.2 + 8.5), 0));
        if (!planning) tender["tenderPeriod"] = new JsonObject { ["endDate"] = Iso(closing) };

        var first = Release(ocid, "01", published, planning ? "planning" : cancelled ? "tenderCancellation" : "tender", buyerId, buyerName);
        first["tender"] = tender;
        if (random.Next(100) < 4)
            first["relatedProcesses"] = new JsonArray(new JsonObject
            {
                ["id"] = "1", ["relationship"] = new JsonArray("parent"), ["scheme"] = "ocid", ["identifier"] = $"{Prefix}-parent-{number % 997}",
            });
        var releases = new List<StoredRelease> { Stored(first, published) };
        var compiled = first.DeepClone().AsObject();
        if (awarded)
        {
            var awardDate = closing.AddDays(random.Next(14, 60));
            if (awardDate > today) awardDate = today;
            var award = Release(ocid, "02", awardDate, "award", buyerId, buyerName);
            award["awards"] = new JsonArray(new JsonObject
            {
                ["id"] = "1", ["status"] = "active", ["date"] = Iso(awardDate), ["title"] = tender["title"]!.GetValue<string>(),
                ["value"] = tender["value"]?.DeepClone(),
                ["suppliers"] = new JsonArray(new JsonObject { ["id"] = $"GB-COH-{random.Next(10_000_000):D8}", ["name"] = $"{Pick(Vocabulary.Places)} Services Ltd" }),
            });
            releases.Add(Stored(award, awardDate));
            compiled["awards"] = award["awards"]!.DeepClone();
        }
        var opportunity = new Opportunity { Ocid = ocid, FirstIndexedAt = published };
        OpportunityProjection.Apply(opportunity, compiled, releases);
        return new GeneratedNotice(releases, opportunity);
    }

    private JsonObject Release(string ocid, string number, DateTimeOffset date, string tag, string buyerId, string buyerName) => new()
    {
        ["ocid"] = ocid,
        ["id"] = $"{ocid}-{number}",
        ["date"] = Iso(date),
        ["tag"] = new JsonArray(tag),
        ["initiationType"] = "tender",
        ["parties"] = new JsonArray(new JsonObject { ["id"] = buyerId, ["name"] = buyerName, ["roles"] = new JsonArray("buyer") }),
        ["buyer"] = new JsonObject { ["id"] = buyerId, ["name"] = buyerName },
    };

    private static StoredRelease Stored(JsonObject release, DateTimeOffset date) => new()
    {
        Ocid = release["ocid"]!.GetValue<string>(),
        ReleaseId = release["id"]!.GetValue<string>(),
        Date = date,
        Tags = string.Join(' ', release["tag"]!.AsArray().Select(t => t!.GetValue<string>())),
        Json = release.ToJsonString(),
        StoredAt = date,
        Source = null,
    };

    private string Description(Subject subject, string place, string buyer)
    {
        var text = new StringBuilder();
        var count = random.Next(3, 7);
        for (var i = 0; i < count; i++)
        {
            if (i > 0) text.Append(i == 3 ? "\n\n" : " ");
            text.Append(Pick(Vocabulary.Sentences).Replace("{buyer}", buyer).Replace("{subject}", subject.Words).Replace("{place}", place));
        }
        return text.ToString();
    }

    private JsonObject Item(string region) => new()
    {
        ["id"] = "1",
        ["deliveryAddresses"] = new JsonArray(new JsonObject { ["region"] = region }),
    };

    private static JsonObject Cpv(string code) => new()
    {
        ["scheme"] = "CPV", ["id"] = code, ["description"] = CpvCodes.Find(code)?.Label ?? "",
    };

    private static JsonObject Money(double amount) => new() { ["amount"] = amount, ["currency"] = "GBP" };

    private string Lot() => random.Next(100) < 15 ? $" (Lot {random.Next(1, 6)})" : "";

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];

    /// <summary>Low indexes far more often than high ones: a few subjects are very common, as in real notices.</summary>
    private int Skewed(int count) => (int)(count * Math.Pow(random.NextDouble(), 1.8));

    private static string Iso(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
