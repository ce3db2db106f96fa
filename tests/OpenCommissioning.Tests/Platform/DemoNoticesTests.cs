using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenCommissioning.Notices;
using OpenCommissioning.Ocds.Validation;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Demo;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Platform;

/// <summary>The embedded service as a newcomer first starts it: demo data on, its jobs run so search has caught up.</summary>
public sealed class EmbeddedDemoService : ServiceFactory, IAsyncLifetime
{
    public EmbeddedDemoService() : base(DatabaseMode.Embedded) => Settings["Demo:Seed"] = "true";

    public Task InitializeAsync() => RunJobsAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public Task<List<StoredRelease>> StoredAsync() => WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().Set<StoredRelease>().AsNoTracking().ToListAsync());
}

public class DemoNoticesTests(EmbeddedDemoService service) : IClassFixture<EmbeddedDemoService>
{
    [Fact]
    public async Task FirstStart_SearchShowsMoreThan80NoticesAndSomeAreOpen()
    {
        var browser = service.CreateBrowser();

        var all = await HtmlPage.GetAsync(browser, "/search");
        var open = await HtmlPage.GetAsync(browser, "/search?status=Open");

        Assert.True(ResultCount(all) > 80, $"The search shows {ResultCount(all)} notices.");
        Assert.True(ResultCount(open) > 0, "No demo notice is open.");
    }

    [Fact]
    public async Task FirstStart_EveryStoredReleaseIsOursAndValid()
    {
        var validator = new OcdsValidator();
        var stored = await service.StoredAsync();

        Assert.True(stored.Count > 96, $"Only {stored.Count} releases were stored.");
        Assert.All(stored, r =>
        {
            Assert.StartsWith(new NoticeOptions().OcidPrefix + "-", r.Ocid);
            Assert.Null(r.Source);
            var errors = validator.ValidateRelease(JsonNode.Parse(r.Json)!, NoticeRelease.Extensions).Where(f => f.Severity == Severity.Error);
            Assert.Empty(errors);
        });
    }

    [Fact]
    public async Task FirstStart_NoDeadlineComesBeforeItsPublication()
    {
        var tenderPeriods = (await service.StoredAsync())
            .Select(r => JsonNode.Parse(r.Json)!["tender"]?["tenderPeriod"])
            .Where(p => p?["endDate"] is not null && p["startDate"] is not null).ToList();

        Assert.NotEmpty(tenderPeriods);
        Assert.All(tenderPeriods, p => Assert.True(
            DateTimeOffset.Parse((string)p!["startDate"]!) < DateTimeOffset.Parse((string)p["endDate"]!), p.ToJsonString()));
    }

    [Fact]
    public async Task SecondStart_AddsNothing()
    {
        var before = (await service.StoredAsync()).Count;
        var buyersBefore = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<OpenCommissioning.Organisations.Organisation>().CountAsync());

        await EmbeddedStart.PrepareAsync(service.Services, service.Services.GetRequiredService<IConfiguration>());
        var again = await service.WithScopeAsync(s => s.GetRequiredService<DemoNotices>().SeedAsync());

        Assert.Equal((0, 0), (again.Procurements, again.Notices));
        Assert.Equal(before, (await service.StoredAsync()).Count);
        Assert.Equal(buyersBefore, await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<OpenCommissioning.Organisations.Organisation>().CountAsync()));
    }

    [Fact]
    public async Task Seed_WhenASampleHasAFieldThatCannotBeMapped_LogsWhyAndStillPublishesIt()
    {
        var sample = DemoSamples.Releases().Single(s => s.File == "releases/release-101.json").Release;
        sample["ocid"] = "ocds-b5fd17-" + Guid.NewGuid();
        sample["tender"]!["classification"]!["id"] = "99999999";
        var logger = new ListLogger();

        var result = await service.WithScopeAsync(s =>
            ActivatorUtilities.CreateInstance<DemoNotices>(s, logger).SeedAsync([("odd.json", sample)]));

        Assert.Equal(1, result.Procurements);
        Assert.Contains("odd.json: CPV code '99999999' is not in the 2008 vocabulary, so it was left out", result.NotMapped);
        Assert.Contains(logger.Messages, m => m.Contains("odd.json") && m.Contains("99999999"));
    }

    [Fact]
    public void ShiftFor_BringsTheNewestSampleToWithinADayBeforeNow()
    {
        var now = new DateTimeOffset(2026, 11, 24, 1, 30, 0, TimeSpan.Zero);
        var samples = DemoSamples.Releases().Select(s => s.Release).ToList();
        var newest = samples.Max(r => DateTimeOffset.Parse((string)r["date"]!));

        var moved = newest + DemoNotices.ShiftFor(samples, now);

        Assert.InRange(moved, now.AddDays(-1), now);
        Assert.Equal(newest.TimeOfDay, moved.TimeOfDay);
    }

    private static int ResultCount(HtmlPage page) =>
        int.Parse(page.Document.GetElementById("result-count")!.TextContent.Trim().Split(' ')[0].Replace(",", ""));

    private sealed class ListLogger : ILogger<DemoNotices>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
