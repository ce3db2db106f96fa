using System.Security.Cryptography;

namespace OpenCommissioning.Platform.Security;

/// <summary>A fresh random nonce per request: the only inline scripts the CSP lets run are the ones we stamp with it.</summary>
public sealed class CspNonce
{
    public string Value { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
}
