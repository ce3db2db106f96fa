using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace OpenCommissioning.Opportunities.Alerts;

/// <summary>
/// Signed, time-limited tokens that name one saved search, so the unsubscribe link in an alert works without
/// signing in and cannot be altered to reach someone else's search.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);
    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("Opportunities.Alerts.Unsubscribe.v1").ToTimeLimitedDataProtector();

    public string Create(Guid savedSearchId) =>
        protector.Protect(savedSearchId.ToString("N"), clock.GetUtcNow() + Lifetime);

    /// <summary>The saved search the token names; null when it was altered, has expired or is not a token at all.</summary>
    public Guid? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        try
        {
            var text = protector.Unprotect(token, out var expires);
            return expires >= clock.GetUtcNow() && Guid.TryParseExact(text, "N", out var id) ? id : null;
        }
        catch (CryptographicException) { return null; }
        catch (FormatException) { return null; }
    }
}
