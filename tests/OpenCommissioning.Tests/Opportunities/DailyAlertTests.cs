using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Opportunities.Alerts;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Email;
using OpenCommissioning.Platform.Jobs;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities;

/// <summary>The morning email of daily saved searches, and alerts sent once when two instances send at once.</summary>
public sealed class DailyAlertTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    private async Task<(string Email, SavedSearch Saved)> SaveAsync(string queryString, AlertFrequency frequency)
    {
        var email = $"{Unique("daily")}@example.com";
        var account = await service.CreateAccountAsync(email, "Dana Daily");
        var saved = new SavedSearch
        {
            AccountId = account.Id, Name = queryString, QueryString = queryString, Frequency = frequency,
            CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
        };
        await service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            db.Add(saved);
            await db.SaveChangesAsync();
        });
        return (email, saved);
    }

    private Task RunDailyJobAsync() => service.WithScopeAsync(s =>
        s.GetServices<IJobHandler>().OfType<DailyAlertsJob>().Single().HandleAsync("{}", CancellationToken.None));

    [Fact]
    public async Task DailyRun_TellsOfTheMatchingNoticesOnceAndBooksTomorrowsRunAt7amUkTime()
    {
        var word = Unique("Otter");
        var (email, _) = await SaveAsync($"q={word}", AlertFrequency.Daily);
        var (instantEmail, _) = await SaveAsync($"q={word}", AlertFrequency.Instant);
        var matching = Notices.NewOcid();
        var other = Notices.NewOcid();
        await service.PublishAsync(Notices.Tender(matching, $"{word} play schemes"), Notices.Tender(other, "Street lighting"));
        var startedAt = DateTimeOffset.UtcNow;

        await RunDailyJobAsync();
        await RunDailyJobAsync(); // a second run (a restart, another instance) has nothing new to tell

        var message = Assert.Single(await service.Mailbox.MessagesToAsync(email));
        Assert.Contains(matching, message.TextBody);
        Assert.DoesNotContain(other, message.TextBody);
        Assert.NotNull(message.Headers["List-Unsubscribe"]);
        Assert.Single(await service.Mailbox.MessagesToAsync(instantEmail)); // told by its instant alert only
        var booked = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Job>()
            .Where(j => j.Kind == AlertScheduler.DailyJob && j.CreatedAt >= startedAt)
            .Select(j => j.RunAfter).ToListAsync());
        Assert.Equal(2, booked.Count); // each run books the next
        Assert.All(booked, at =>
        {
            var uk = TimeZoneInfo.ConvertTime(at, London);
            Assert.Equal((7, 0), (uk.Hour, uk.Minute));
            Assert.InRange(at - startedAt, TimeSpan.Zero, TimeSpan.FromHours(25));
        });
    }

    [Fact]
    public async Task SendNews_TwoInstancesAtOnce_QueueOneEmailForTheNotice()
    {
        var word = Unique("Vole");
        var (email, saved) = await SaveAsync($"q={word}", AlertFrequency.Daily);
        var ocid = Notices.NewOcid();
        await service.PublishAsync(Notices.Tender(ocid, $"{word} lunch clubs"));
        var notice = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Opportunity>().AsNoTracking().SingleAsync(o => o.Ocid == ocid));

        // Each instance has its own scope and database connection; the unique index of sent alerts lets one win.
        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => service.WithScopeAsync(async s =>
        {
            try { return await s.GetRequiredService<AlertSender>().SendNewsAsync(saved, [notice], CancellationToken.None); }
            catch (DbUpdateException) { return -1; }
        }))));

        Assert.Equal(1, results.Count(r => r == 1));
        var queued = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Job>()
            .Where(j => j.Kind == EmailOutbox.JobKind && j.Payload.Contains(email)).CountAsync());
        Assert.Equal(1, queued);
        Assert.Single(await service.Mailbox.MessagesToAsync(email));
    }
}
