using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Harvesting;
using OpenCommissioning.OpenData;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Harvesting;

/// <summary>Records every wait instead of sleeping through it, so a 5-minute rate-limit wait takes no time.</summary>
public sealed class RecordedWaits(TimeProvider clock) : HarvestWaits(clock)
{
    public ConcurrentQueue<(TimeSpan Length, WaitReason Reason)> Waits { get; } = new();
    public IReadOnlyList<TimeSpan> Of(WaitReason reason) => Waits.Where(w => w.Reason == reason).Select(w => w.Length).ToList();
    public override Task WaitAsync(TimeSpan length, WaitReason reason, CancellationToken cancellationToken)
    {
        if (length > TimeSpan.Zero) Waits.Enqueue((length, reason));
        return Task.CompletedTask;
    }
}

/// <summary>Lets a test break a run in the middle of a page, after some releases were offered but before the commit.</summary>
public sealed class BreakingObserver : HarvestObserver
{
    public Action<HarvestSource, IntakeOutcome>? OnOffered { get; set; }
    public override void ReleaseOffered(HarvestSource source, IntakeOutcome outcome) => OnOffered?.Invoke(source, outcome);
}

/// <summary>The service with recorded waits, a breakable observer and a short request timeout.</summary>
public class HarvestServiceFactory : ServiceFactory
{
    public RecordedWaits Waits { get; } = new(TimeProvider.System);
    public BreakingObserver Observer { get; } = new();

    public HarvestServiceFactory() : this(DatabaseMode.Postgres) { }

    protected HarvestServiceFactory(DatabaseMode mode) : base(mode) => Settings["Harvesting:RequestTimeoutSeconds"] = "3";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<HarvestWaits>(Waits);
            services.AddSingleton<HarvestObserver>(Observer);
        });
    }

    public Task<HarvestSource> AddSourceAsync(string name, HarvestSourceKind kind, string baseUrl, DateOnly? start = null) =>
        WithScopeAsync(async s =>
        {
            var source = new HarvestSource
            {
                Name = name, Kind = kind, BaseUrl = baseUrl, EveryMinutes = 60, CreatedAt = DateTimeOffset.UtcNow,
                StartDate = start ?? DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
            };
            s.GetRequiredService<AppDbContext>().Add(source);
            await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
            return source;
        });

    public Task<HarvestRunOutcome> HarvestAsync(Guid sourceId) =>
        Services.GetRequiredService<Harvester>().RunAsync(sourceId, CancellationToken.None);

    public Task<HarvestSource> SourceAsync(Guid id) =>
        WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<HarvestSource>().AsNoTracking().SingleAsync(x => x.Id == id));

    public Task<List<StoredRelease>> StoredFromAsync(string source) =>
        WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<StoredRelease>().AsNoTracking().Where(r => r.Source == source).ToListAsync());

    public Task<List<StoredRelease>> StoredWithOcidsAsync(IEnumerable<string> ocids)
    {
        var list = ocids.ToList();
        return WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<StoredRelease>().AsNoTracking().Where(r => list.Contains(r.Ocid)).ToListAsync());
    }

    public Task<List<QuarantinedRelease>> QuarantinedFromAsync(string source) =>
        WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<QuarantinedRelease>().AsNoTracking().Where(r => r.Source == source).ToListAsync());

    public Task<List<HarvestProblem>> ProblemsOfAsync(Guid sourceId) =>
        WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<HarvestProblem>().AsNoTracking().Where(p => p.SourceId == sourceId).OrderBy(p => p.Id).ToListAsync());
}

/// <summary>The same harvesting service on the embedded SQLite database.</summary>
public sealed class SqliteHarvestServiceFactory() : HarvestServiceFactory(DatabaseMode.Embedded);
