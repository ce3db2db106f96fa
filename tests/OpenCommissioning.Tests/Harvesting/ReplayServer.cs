using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace OpenCommissioning.Tests.Harvesting;

/// <summary>One recorded answer: its status, body and headers, and how to misbehave while sending it.</summary>
public sealed record Reply(int Status, byte[] Body, string ContentType = "application/json; charset=utf-8")
{
    public TimeSpan Delay { get; init; }
    /// <summary>Promise the whole body, send half of it, then drop the connection.</summary>
    public bool BreakOff { get; init; }
    /// <summary>Promise the whole body, send half of it, then send nothing more while the connection stays open.</summary>
    public bool Stall { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static Reply Json(string json) => new(200, Encoding.UTF8.GetBytes(json));
    public static Reply WithStatus(int status, string body = "") => new(status, Encoding.UTF8.GetBytes(body), "text/plain");
}

/// <summary>
/// A real HTTP server on 127.0.0.1 (a free port) that replays recorded answers, so the harvester is tested over
/// the network stack without the network. Answers are queued per address (path and query, or path alone); the last
/// answer of a queue keeps being given.
/// </summary>
public sealed class ReplayServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Reply>> replies = new();
    public ConcurrentQueue<(string PathAndQuery, string UserAgent)> Requests { get; } = new();

    private ReplayServer(WebApplication app) => this.app = app;

    public Uri BaseUrl => new(app.Urls.First());

    public static async Task<ReplayServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ReplayServer(app);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        return server;
    }

    /// <summary>Queues answers for an address such as "/packages?page=2" or "/packages" (any query).</summary>
    public ReplayServer On(string address, params Reply[] answers)
    {
        var queue = replies.GetOrAdd(address, _ => new ConcurrentQueue<Reply>());
        foreach (var answer in answers) queue.Enqueue(answer);
        return this;
    }

    public string Url(string address) => new Uri(BaseUrl, address).ToString();

    public int CountRequests(string path) => Requests.Count(r => r.PathAndQuery.StartsWith(path, StringComparison.Ordinal));

    private async Task AnswerAsync(HttpContext context)
    {
        var pathAndQuery = context.Request.Path + context.Request.QueryString;
        Requests.Enqueue((pathAndQuery, context.Request.Headers.UserAgent.ToString()));
        if (!replies.TryGetValue(pathAndQuery, out var queue) && !replies.TryGetValue(context.Request.Path, out queue))
        {
            context.Response.StatusCode = 404;
            return;
        }
        var reply = queue.Count > 1 && queue.TryDequeue(out var next) ? next : queue.TryPeek(out var last) ? last : null;
        if (reply is null) { context.Response.StatusCode = 404; return; }
        if (reply.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(reply.Delay, context.RequestAborted); } catch (OperationCanceledException) { return; }
        }
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = reply.ContentType;
        foreach (var (name, value) in reply.Headers) context.Response.Headers[name] = value;
        context.Response.ContentLength = reply.Body.Length;
        if (reply.BreakOff)
        {
            await context.Response.Body.WriteAsync(reply.Body.AsMemory(0, reply.Body.Length / 2));
            await context.Response.Body.FlushAsync();
            context.Features.Get<IHttpConnectionFeature>();
            context.Abort();
            return;
        }
        if (reply.Stall)
        {
            await context.Response.Body.WriteAsync(reply.Body.AsMemory(0, reply.Body.Length / 2));
            await context.Response.Body.FlushAsync();
            // Silent until the harvester gives up; bounded so that a harvester that never gives up does not keep the test host.
            try { await Task.Delay(TimeSpan.FromMinutes(2), context.RequestAborted); } catch (OperationCanceledException) { }
            context.Abort();
            return;
        }
        await context.Response.Body.WriteAsync(reply.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
