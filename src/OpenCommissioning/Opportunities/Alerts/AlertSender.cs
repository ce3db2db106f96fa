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
        // Told notices are left out in the query itself, so a search that has been told of many never runs dry.
        var news = await search.NewSinceAsync(query, saved.CreatedAt, onlyOcids, MaxNoticesPerEmail, cancellationToken, untoldTo: saved.Id);
        return await SendNewsAsync(saved, news, cancellationToken);
    }

    /// <summary>
    /// Tells of those of <paramref name="matches"/> (already known to match) that the search has not been told of,
    /// at most <see cref="MaxNoticesPerEmail"/>. Two instances sending the same notice collide on the unique index
    /// of sent alerts, so the second one's email is never queued.
    /// </summary>
    public async Task<int> SendNewsAsync(SavedSearch saved, IReadOnlyList<Opportunity> matches, CancellationToken cancellationToken)
    {
        if (saved.Frequency == AlertFrequency.Off || matches.Count == 0) return 0;
        var ocids = matches.Select(c => c.Ocid).ToList();
        var told = await db.Set<SentAlert>().Where(s => s.SavedSearchId == saved.Id && ocids.Contains(s.Ocid))
            .Select(s => s.Ocid).ToListAsync(cancellationToken);
        var news = matches.Where(c => !told.Contains(c.Ocid)).Take(MaxNoticesPerEmail).ToList();
        if (news.Count == 0) return 0;
        var account = await accounts.FindByIdAsync(saved.AccountId.ToString());
        if (account?.Email is null) return 0;

        var now = clock.GetUtcNow();
        foreach (var notice in news) db.Add(new SentAlert { SavedSearchId = saved.Id, Ocid = notice.Ocid, SentAt = now });
        var token = tokens.Create(saved.Id);
        outbox.Queue(new EmailMessage(account.Email, Subject(saved, news.Count), Body(account, saved, news, token),
            urls.For(OpportunityLinks.OneClickUnsubscribe(token))));
        await db.SaveChangesAsync(cancellationToken);
        return news.Count;
    }

    public static string Subject(SavedSearch saved, int count) =>
        count == 1 ? $"1 new notice for ‘{saved.Name}’" : $"{count} new notices for ‘{saved.Name}’";

    private string Body(Account account, SavedSearch saved, IReadOnlyList<Opportunity> news, string token)
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
            if (notice.ClosingAt is { } closing) body.AppendLine($"Closing date: {UkTime.Format(closing)}");
            body.AppendLine(urls.For(OpportunityLinks.Notice(notice.Ocid))).AppendLine();
        }
        body.AppendLine("See every result of this search:").AppendLine(urls.For(OpportunityLinks.Search(saved.QueryString))).AppendLine();
        body.AppendLine("To stop these emails, unsubscribe (you do not need to sign in):");
        body.AppendLine(urls.For(OpportunityLinks.Unsubscribe(token)));
        return body.ToString();
    }
}
