using System.Diagnostics;
using System.Globalization;

namespace OpenCommissioning.Platform.Diagnostics;

/// <summary>
/// Adds <c>Server-Timing: app;dur=…</c> (milliseconds) to every response: the time from the request reaching the
/// pipeline to the response's headers leaving. Browsers' developer tools show it beside the network time, and the
/// search benchmark reads it to tell the server's share of a request from the network's and the client's.
/// </summary>
public static class ServerTiming
{
    public const string HeaderName = "Server-Timing";

    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            context.Response.Headers.Append(HeaderName, string.Create(CultureInfo.InvariantCulture, $"app;dur={milliseconds:0.0}"));
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>The duration in a Server-Timing header written by this middleware, or null.</summary>
    public static double? Duration(string? header)
    {
        const string marker = "app;dur=";
        var at = header?.IndexOf(marker, StringComparison.Ordinal) ?? -1;
        if (at < 0) return null;
        var text = header![(at + marker.Length)..].Split(',', ';')[0];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
