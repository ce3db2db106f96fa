using System.Net;
using System.Text.Json;

namespace OpenCommissioning.Harvesting;

/// <summary>A portal could not be read, even after the retries its behaviour allows.</summary>
public sealed class HarvestFailure(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads one page from a portal: spaced requests, a clear User-Agent, a timeout, and retries with jittered
/// exponential back-off for timeouts, broken bodies and 5xx answers; a portal's own rate-limit answer (429 with
/// Retry-After, or Contracts Finder's 403) is waited out.
/// </summary>
public sealed class PortalClient(IHttpClientFactory http, HarvestWaits waits, PortalPacing pacing, TimeProvider clock, IConfiguration configuration)
{
    public const string HttpClientName = "harvesting";
    public const int MaxAttempts = 6;
    private const int MaxRateLimitWaits = 3;
    private static readonly TimeSpan BackOffBase = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan BackOffCap = TimeSpan.FromMinutes(2);

    private TimeSpan Timeout => TimeSpan.FromSeconds(configuration.GetValue("Harvesting:RequestTimeoutSeconds", 100.0));

    public Task<HarvestPage> ReadPageAsync(Uri url, PortalBehaviour behaviour, CancellationToken cancellationToken) =>
        FetchAsync(url, behaviour, async (response, body, token) =>
        {
            using var bytes = new MemoryStream();
            await body.CopyToAsync(bytes, token);
            return HarvestPage.Parse(PageTexts.Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), response.Content.Headers.ContentType?.CharSet));
        }, cancellationToken);

    /// <summary>
    /// Fetches <paramref name="url"/> and reads the answer's body with <paramref name="read"/> (which must read it with
    /// the token it is given), retrying as the portal needs.
    /// </summary>
    public async Task<T> FetchAsync<T>(Uri url, PortalBehaviour behaviour, Func<HttpResponseMessage, Stream, CancellationToken, Task<T>> read,
        CancellationToken cancellationToken)
    {
        var client = http.CreateClient(HttpClientName);
        var rateLimitWaits = 0;
        string lastProblem = "";
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            await waits.WaitAsync(pacing.TurnFor(url.Host, behaviour.RequestSpacing), WaitReason.Spacing, cancellationToken);
            using var timeout = new CancellationTokenSource(Timeout, clock);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            TimeSpan wait;
            var reason = WaitReason.BackOff;
            try
            {
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    // The timeout also ends a body that stops arriving; without it such a page held the run for good.
                    await using var body = new SilenceLimitedStream(await response.Content.ReadAsStreamAsync(linked.Token), timeout, Timeout, linked.Token);
                    return await read(response, body, linked.Token);
                }
                lastProblem = $"the portal answered {status} {response.ReasonPhrase}";
                if (status == behaviour.RateLimitStatus && rateLimitWaits++ < MaxRateLimitWaits) { wait = behaviour.RateLimitWait; reason = WaitReason.RateLimit; attempt--; }
                else if (response.StatusCode == HttpStatusCode.TooManyRequests) (wait, reason) = (RetryAfter(response) ?? BackOff(attempt) + behaviour.RequestSpacing, WaitReason.RateLimit);
                else if (status >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout) wait = RetryAfter(response) ?? BackOff(attempt);
                else throw new HarvestFailure($"Could not read {url}: {lastProblem}.");
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                lastProblem = $"no answer within {Timeout.TotalSeconds:0} seconds";
                wait = BackOff(attempt);
            }
            catch (Exception error) when (error is HttpRequestException or IOException or JsonException)
            {
                lastProblem = error is JsonException ? $"the page is not readable JSON ({error.Message})" : $"the answer broke off ({error.Message})";
                wait = BackOff(attempt);
            }
            if (attempt < MaxAttempts) await waits.WaitAsync(wait, reason, cancellationToken);
        }
        throw new HarvestFailure($"Could not read {url} after {MaxAttempts} attempts: {lastProblem}.");
    }

    /// <summary>Full jitter between half and all of the doubled delay, so many clients do not retry in step.</summary>
    private static TimeSpan BackOff(int attempt)
    {
        var ceiling = Math.Min(BackOffCap.TotalSeconds, BackOffBase.TotalSeconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromSeconds(ceiling * (0.5 + Random.Shared.NextDouble() / 2));
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var retry = response.Headers.RetryAfter;
        if (retry?.Delta is { } delta) return delta;
        if (retry?.Date is { } date) return date - clock.GetUtcNow() is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero;
        return null;
    }
}
