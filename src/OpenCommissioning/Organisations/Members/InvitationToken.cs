using System.Security.Cryptography;
using System.Text;

namespace OpenCommissioning.Organisations.Members;

/// <summary>Random invitation tokens: the person gets the token, the database keeps its SHA-256.</summary>
public static class InvitationToken
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .Replace('+', '-').Replace('/', '_').TrimEnd('=');

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
