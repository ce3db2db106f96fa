using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Accounts;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Email;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Opportunities.Alerts;

/// <summary>
/// Tells one saved search's owner of the matching notices they have not yet been told of. What was told is
/// recorded in the same SaveChanges as the email's job: either both happen or neither does.
/// </summary>
public sealed class AlertSender(AppDbContext db, OpportunitySearch search, EmailOutbox outbox, UserManager<Account> accounts,
    UnsubscribeTokens tokens, PublicUrls urls, TimeProvider clock)
{
    public const int MaxNoticesPerEmail = 50;

    /// <returns>How many notices the email told of (0 when nothing was sent).</returns>
    public async Task<int> SendAsync(SavedSearch saved, IReadOnlyCollection<string>? onlyOcids, CancellationToken cancellationToken)
    {
        if (saved.Frequency == AlertFrequency.Off) return 0;
        var query = OpportunityQueryString.Parse(saved.QueryString).Query;
        var candidates = await search.NewSinceAsync(query, saved.CreatedAt, onlyOcids, MaxNoticesPerEmail * 2, cancellationToken);
        if (candidates.Count == 0) return 0;
        var ocids = candidates.Select(c => c.Ocid).ToList();
        var told = await db.Set<SentAlert>().Where(s => s.SavedSearchId == saved.Id && ocids.Contains(s.Ocid))
            .Select(s => s.Ocid).ToListAsync(cancellationToken);
        var news = candidates.Where(c => !told.Contains(c.Ocid)).Take(MaxNoticesPerEmail).ToList();
        if (news.Count == 0) return 0;
        var account = await accounts.FindByIdAsync(saved.AccountId.ToString());
        if (account?.Email is null) return 0;

        var now = clock.GetUtcNow();
        foreach (var notice in news) db.Add(new SentAlert { SavedSearchId = saved.Id, Ocid = notice.Ocid, SentAt = now });
        outbox.Queue(new EmailMessage(account.Email, Subject(saved, news.Count), Body(account, saved, news)));
        await db.SaveChangesAsync(cancellationToken);
        return news.Count;
    }

    public static string Subject(SavedSearch saved, int count) =>
        count == 1 ? $"1 new notice for ‘{saved.Name}’" : $"{count} new notices for ‘{saved.Name}’";

    private string Body(Account account, SavedSearch saved, IReadOnlyList<Opportunity> news)
    {
        var body = new StringBuilder();
        body.AppendLine($"Dear {account.FullName},").AppendLine();
        body.AppendLine(news.Count == 1
            ? $"There is a new notice that matches your saved search ‘{saved.Name}’."
            : $"There are {news.Count} new notices that match your saved search ‘{saved.Name}’.").AppendLine();
        foreach (var notice in news)
        {
            body.AppendLine(notice.Title);
            if (notice.BuyerName is not null) body.AppendLine(notice.BuyerName);
            if (notice.ClosingAt is { } closing) body.AppendLine($"Closing date: {UkTime.DateAndTime(closing)}");
            body.AppendLine(urls.For(OpportunityLinks.Notice(notice.Ocid))).AppendLine();
        }
        body.AppendLine("See every result of this search:").AppendLine(urls.For(OpportunityLinks.Search(saved.QueryString))).AppendLine();
        body.AppendLine("To stop these emails, unsubscribe (you do not need to sign in):");
        body.AppendLine(urls.For(OpportunityLinks.Unsubscribe(tokens.Create(saved.Id))));
        return body.ToString();
    }
}
