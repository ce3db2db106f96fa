using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Jobs;

namespace OpenCommissioning.Tests.Harness;

/// <summary>
/// The service in memory over its own fresh database: PostgreSQL by default (the production database), or the
/// embedded SQLite for tests that must hold on both. Background jobs are driven by the test, never raced.
/// </summary>
public class ServiceFactory : WebApplicationFactory<Program>
{
    private readonly string? postgres;
    private readonly string folder = Directory.CreateTempSubdirectory("oc-test-").FullName;

    public ServiceFactory() : this(DatabaseMode.Postgres) { }

    protected ServiceFactory(DatabaseMode mode)
    {
        Mode = mode;
        if (mode == DatabaseMode.Postgres) postgres = PostgresServer.Instance.CreateDatabase();
    }

    public DatabaseMode Mode { get; }
    public string EmailFolder => Path.Combine(folder, "emails");
    public Mailbox Mailbox => new(EmailFolder, this);

    /// <summary>Settings a test may add before the first request, such as a lower rate limit.</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: Program reads its configuration while composing services,
        // before configuration sources added by the factory would be applied.
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = postgres,
            ["Database:SqlitePath"] = Path.Combine(folder, "test.db"),
            ["Jobs:RunInBackground"] = "false",
            ["Email:Sender"] = "FileDrop",
            ["Email:DropFolder"] = EmailFolder,
            ["Demo:Seed"] = "false",
            ["RateLimits:SignInPerMinute"] = "1000",
            ["App:BaseUrl"] = "https://localhost",
        };
        foreach (var (key, value) in settings.Concat(Settings)) builder.UseSetting(key, value);
        // The in-memory server has no network connection; give requests the loopback address a real client would have.
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LoopbackClientAddress>());
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        // Production migrates as a deployment step, not on start; the tests take that step here.
        if (Mode == DatabaseMode.Postgres) DatabaseMigrator.MigrateAsync(host.Services).GetAwaiter().GetResult();
        return host;
    }

    /// <summary>A browser-like client: HTTPS (the cookies are Secure), cookies kept, redirects not followed.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task WithScopeAsync(Func<IServiceProvider, Task> action) =>
        WithScopeAsync<bool>(async s => { await action(s); return true; });

    /// <summary>Runs every due background job now, as the worker would.</summary>
    public async Task RunJobsAsync()
    {
        var worker = Services.GetRequiredService<JobWorker>();
        while (await worker.RunNextAsync(CancellationToken.None)) { }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The same service on the embedded SQLite database.</summary>
public sealed class SqliteServiceFactory() : ServiceFactory(DatabaseMode.Embedded);

internal sealed class LoopbackClientAddress : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
