namespace OpenCommissioning.Harvest.Bench;

/// <summary>Kestrel on 127.0.0.1 serving the feed's pages at /packages?page=N (1-based), as a portal would.</summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private FeedServer(WebApplication app, int port) { this.app = app; Port = port; }

    public int Port { get; }
    public static string PageUrl(int port, int page) => $"http://127.0.0.1:{port}/packages?page={page}";

    public static async Task<FeedServer> StartAsync(int port, Feed feed)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var pages = feed;
        app.MapGet("/packages", async (HttpContext context, int page) =>
        {
            if (page < 1 || page > pages.Pages.Count) { context.Response.StatusCode = 404; return; }
            var body = pages.Pages[page - 1];
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
        });
        await app.StartAsync();
        return new FeedServer(app, port);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
