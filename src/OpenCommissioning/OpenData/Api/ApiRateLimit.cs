using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OpenCommissioning.OpenData.Api;

/// <summary>
/// The data API's published limit: <c>RateLimits:ApiPerMinute</c> requests a minute from one address (600 unless
/// configured). Past it, 429 with Retry-After in seconds and a problem body saying so.
/// </summary>
public sealed class ApiRateLimit(int permitsPerMinute) : IRateLimiterPolicy<string>
{
    public const string PolicyName = "open-data-api";
    public const int DefaultPerMinute = 600;

    public int PermitsPerMinute { get; } = permitsPerMinute;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (rejected, cancellationToken) =>
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: $"This address has made more than {PermitsPerMinute} requests to the data API in a minute. Try again in {seconds} seconds, or use the bulk downloads.")
            .ExecuteAsync(rejected.HttpContext);
    };
}
