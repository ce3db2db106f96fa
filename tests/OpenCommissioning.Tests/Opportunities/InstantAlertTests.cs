using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Opportunities.Alerts;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities;

public class InstantAlertTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    /// <summary>Saves an instant (or other) search straight into the database for a new account; returns its email.</summary>
    private async Task<string> SaveAsync(string queryString, AlertFrequency frequency = AlertFrequency.Instant)
    {
        var email = $"{Unique("alerts")}@example.com";
        var account = await service.CreateAccountAsync(email, "Alex Alerts");
        await service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            db.Add(new SavedSearch
            {
                AccountId = account.Id, Name = queryString, QueryString = queryString, Frequency = frequency,
                CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
            });
            await db.SaveChangesAsync();
        });
        return email;
    }

    [Fact]
    public async Task InstantAlerts_ManySearchesAndSeveralNotices_SendEachMatchOnceInOneBatch()
    {
        // Arrange: searches with the same keywords and different filters, and notices that each match some of them.
        var word = Unique("Heron");
        string[] queries =
        [
            $"q={word}", $"q={word}&region=UKE", $"q={word}&region=UKI", $"q={word}&sme=true", $"q={word}&vcse=true",
            $"q={word}+care", "region=UKI&sme=false&q=" + word + "+roads", $"q=\"{word} gardens\"", $"q={word}&valueFrom=500000",
            $"q={word}&noValue=exclude&valueTo=200000", $"q={word}&type=award", $"q={word}&status=open",
        ];
        var emails = new List<string>();
        foreach (var query in queries) emails.Add(await SaveAsync(query));
        var daily = await SaveAsync($"q={word}", AlertFrequency.Daily);
        var leeds = Notices.NewOcid();
        var london = Notices.NewOcid();
        var other = Notices.NewOcid();

        // Act: three notices in one unit of work, so one job run sees them as one batch; then everything once more.
        await service.PublishAsync(
            Notices.Tender(leeds, $"{word} care in Leeds"),
            Notices.Tender(london, $"{word} roads in London", change: r =>
            {
                r["tender"]!["items"]![0]!["deliveryAddresses"]![0]!["region"] = "London";
                r["tender"]!["suitability"]!["sme"] = false;
                r["tender"]!["value"]!["amount"] = 900000;
            }),
            Notices.Tender(other, "Unrelated grounds work"));
        await service.WithScopeAsync(async s =>
        {
            // What a restart or a second instance would do: every notice due again, and the job run twice.
            await s.GetRequiredService<AppDbContext>().Set<Opportunity>()
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.AlertsDueAt, DateTimeOffset.UtcNow));
            var job = s.GetServices<OpenCommissioning.Platform.Jobs.IJobHandler>().OfType<InstantAlertsJob>().Single();
            await job.HandleAsync("{}", CancellationToken.None);
            await job.HandleAsync("{}", CancellationToken.None);
        });
        await service.RunJobsAsync();

        // Assert: which notices each search was told of, each exactly once.
        var told = new List<string>();
        foreach (var email in emails)
        {
            var messages = await service.Mailbox.MessagesToAsync(email);
            Assert.True(messages.Count <= 1, $"{email} got {messages.Count} emails");
            var body = messages.SingleOrDefault()?.TextBody ?? "";
            told.Add((body.Contains(leeds) ? "L" : "") + (body.Contains(london) ? "N" : "") + (body.Contains(other) ? "O" : ""));
        }
        Assert.Equal(["LN", "L", "N", "L", "", "L", "N", "", "N", "L", "", "LN"], told);
        Assert.Empty(await service.Mailbox.MessagesToAsync(daily));
    }

    [Fact]
    public async Task InstantAlerts_AfterTheJobRuns_LeaveNoNoticeDue()
    {
        await SaveAsync($"q={Unique("Kestrel")}");
        await service.PublishAsync(Notices.Tender(Notices.NewOcid(), "Any notice"));

        var due = await service.WithScopeAsync(s =>
            s.GetRequiredService<AppDbContext>().Set<Opportunity>().CountAsync(o => o.AlertsDueAt != null));

        Assert.Equal(0, due);
    }
}
