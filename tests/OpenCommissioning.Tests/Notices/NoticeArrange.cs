using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Notices;
using OpenCommissioning.OpenData;
using OpenCommissioning.Organisations;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>Fills in the tender form as a buyer would, and reads back what publishing stored.</summary>
public static class NoticeArrange
{
    /// <summary>A year that has passed, for dates of decisions already made (an award, a contract signed).</summary>
    public static readonly string LastYear = (DateTime.UtcNow.Year - 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>A tender form every check accepts: an open procedure closing well after the minimum period.</summary>
    public static Dictionary<string, string> ValidTender(int daysAhead = 40)
    {
        var deadline = DateTime.UtcNow.Date.AddDays(daysAhead);
        return new Dictionary<string, string>
        {
            ["Input.Title"] = "Domestic abuse support services in Leeds",
            ["Input.Description"] = "Refuge and outreach support.\n\nThree-year contract with an option to extend.",
            ["Input.CpvCodes"] = "85310000-5, 85311000",
            ["Input.Regions"] = "UKE",
            ["Input.Postcodes"] = "ls1 4ap",
            ["Input.ValueKind"] = "amount",
            ["Input.Amount"] = "£250,000",
            ["Input.ContractStart.Day"] = "1", ["Input.ContractStart.Month"] = "4", ["Input.ContractStart.Year"] = (deadline.Year + 1).ToString(CultureInfo.InvariantCulture),
            ["Input.ContractEnd.Day"] = "31", ["Input.ContractEnd.Month"] = "3", ["Input.ContractEnd.Year"] = (deadline.Year + 4).ToString(CultureInfo.InvariantCulture),
            ["Input.Procedure"] = "Open",
            ["Input.Deadline.Day"] = deadline.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.Deadline.Month"] = deadline.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.Deadline.Year"] = deadline.Year.ToString(CultureInfo.InvariantCulture),
            ["Input.DeadlineTime"] = "5pm",
            ["Input.Suitability"] = "sme",
            ["Input.Lots[0].Title"] = "Refuge",
            ["Input.Lots[0].Value"] = "150000",
            ["Input.Lots[0].Suitability"] = "vcse",
            ["Input.ContactName"] = "Commissioning team",
            ["Input.ContactEmail"] = "commissioning@example.gov.uk",
            ["Input.ContactPhone"] = "0113 496 0000",
        };
    }

    public static Dictionary<string, string> With(this Dictionary<string, string> form, string field, string value)
    {
        form[field] = value;
        return form;
    }

    /// <summary>Posts the draft form and returns the new notice's id (from the preview address it redirects to).</summary>
    public static async Task<Guid> DraftAsync(this SignedInMember buyer, Dictionary<string, string>? form = null)
    {
        var page = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.NewTender(buyer.Organisation.Id));
        var result = await page.SubmitAsync(buyer.Browser, form ?? ValidTender());
        if (result.Location is null) throw new InvalidOperationException("Draft refused: " + string.Join("; ", result.ErrorSummary));
        return Guid.Parse(result.Location.Split('/').Last());
    }

    public static async Task<HtmlPage> PublishAsync(this SignedInMember buyer, Guid noticeId)
    {
        var confirm = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Publish(buyer.Organisation.Id, noticeId));
        return await confirm.SubmitAsync(buyer.Browser, new Dictionary<string, string>());
    }

    public static Task<List<StoredRelease>> ReleasesAsync(this ServiceFactory service) =>
        service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<StoredRelease>().AsNoTracking().OrderBy(r => r.Sequence).ToListAsync());

    public static JsonObject Json(this StoredRelease release) => JsonNode.Parse(release.Json)!.AsObject();

    public static Task<Notice> NoticeAsync(this ServiceFactory service, Guid noticeId) =>
        service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Notice>().AsNoTracking().SingleAsync(n => n.Id == noticeId));

    /// <summary>Changes a draft behind the form's back, as time passing or a bug might.</summary>
    public static Task ChangeDraftAsync(this ServiceFactory service, Guid noticeId, Func<NoticeDetails, NoticeDetails> change) =>
        service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var notice = await db.Set<Notice>().SingleAsync(n => n.Id == noticeId);
            notice.Details = change(notice.Details);
            await db.SaveChangesAsync();
        });

    /// <summary>Stores a release under the id the draft would publish as, so the store refuses the draft's own.</summary>
    public static Task<string> StoreClashingReleaseAsync(this ServiceFactory service, Guid noticeId) =>
        service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var notice = await db.Set<Notice>().SingleAsync(n => n.Id == noticeId);
            var procurement = await db.Set<Procurement>().SingleAsync(p => p.Id == notice.ProcurementId);
            var id = NoticeRelease.ReleaseId(procurement, notice);
            db.Add(new StoredRelease { Ocid = procurement.Ocid, ReleaseId = id, Date = DateTimeOffset.UtcNow, Tags = "tender", Json = "{}", StoredAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            return id;
        });

    public static Task<int> ProcurementCountAsync(this ServiceFactory service, Guid organisationId) =>
        service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Procurement>().CountAsync(p => p.OrganisationId == organisationId));

    public static Task<SignedInMember> BuyerAsync(this ServiceFactory service,
        OrganisationRole role = OrganisationRole.ProcurementOfficer) =>
        service.SignedInMemberAsync(OrganisationKind.Buyer, role);
}
