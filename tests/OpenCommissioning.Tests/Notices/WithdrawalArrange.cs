using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Notices;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>A published tender with documents, and its amendment form filled in as a buyer withdrawing some of them would.</summary>
public static class WithdrawalArrange
{
    public const string Reason = "The specification was replaced by version 2 after questions from providers";

    /// <summary>Drafts a tender, uploads a PDF for each title, publishes it; returns its id and the documents' ids in order.</summary>
    public static async Task<(Guid NoticeId, Guid[] DocumentIds)> PublishedWithDocumentsAsync(this SignedInMember buyer, params string[] titles)
    {
        var id = await buyer.DraftAsync();
        var documents = new List<Guid>();
        foreach (var title in titles) documents.Add(await buyer.UploadPdfAsync(id, title));
        var published = await buyer.PublishAsync(id);
        if (published.Location is null) throw new InvalidOperationException("Publishing refused: " + string.Join("; ", published.ErrorSummary));
        return (id, documents.ToArray());
    }

    /// <summary>Opens the amendment form, ticks the documents' boxes and posts it with the reasons given.</summary>
    public static async Task<HtmlPage> AmendWithdrawingAsync(this SignedInMember buyer, Guid noticeId, IEnumerable<Guid> documents,
        string? reason = Reason)
    {
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, noticeId));
        foreach (var document in documents)
            ((IHtmlInputElement)(form.Document.QuerySelector($"input[name=WithdrawDocuments][value='{document}']")
                ?? throw new InvalidOperationException($"No box for document {document}"))).IsChecked = true;
        var answers = new Dictionary<string, string> { ["Rationale"] = "Specification replaced" };
        if (reason is not null) answers["WithdrawalReason"] = reason;
        return await form.SubmitAsync(buyer.Browser, answers);
    }

    /// <summary>Drafts the amendment withdrawing the documents, publishes it, and returns the amendment's id.</summary>
    public static async Task<Guid> PublishWithdrawalAsync(this SignedInMember buyer, Guid noticeId, params Guid[] documents)
    {
        var drafted = await buyer.AmendWithdrawingAsync(noticeId, documents);
        if (drafted.Location is null) throw new InvalidOperationException("Amendment refused: " + string.Join("; ", drafted.ErrorSummary));
        var amendmentId = Guid.Parse(drafted.Location.Split('/').Last());
        await buyer.PublishAsync(amendmentId);
        return amendmentId;
    }

    public static Task<List<DocumentWithdrawal>> WithdrawalsAsync(this ServiceFactory service) =>
        service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<DocumentWithdrawal>().AsNoTracking().ToListAsync());

    /// <summary>How many notices (drafts included) the procurement of this notice has.</summary>
    public static Task<int> ProcurementNoticesAsync(this ServiceFactory service, Guid noticeId) =>
        service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var procurementId = (await db.Set<Notice>().AsNoTracking().SingleAsync(n => n.Id == noticeId)).ProcurementId;
            return await db.Set<Notice>().CountAsync(n => n.ProcurementId == procurementId);
        });

    /// <summary>The ids of the checkboxes the amendment form offers.</summary>
    public static IReadOnlyList<string> OfferedForWithdrawal(this HtmlPage amendForm) =>
        amendForm.Document.QuerySelectorAll("input[name=WithdrawDocuments]").Select(i => i.GetAttribute("value")!).ToList();
}
