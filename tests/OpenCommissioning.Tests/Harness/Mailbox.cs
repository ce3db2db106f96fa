using System.Text.RegularExpressions;
using MimeKit;

namespace OpenCommissioning.Tests.Harness;

/// <summary>Reads the emails the service dropped as files, after running the jobs that send them.</summary>
public sealed partial class Mailbox(string folder, ServiceFactory service)
{
    public async Task<IReadOnlyList<MimeMessage>> MessagesToAsync(string address)
    {
        await service.RunJobsAsync();
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.eml").Order()
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>The path and query of the first link in the newest email to the address with the subject.</summary>
    public async Task<string> LinkAsync(string address, string subject)
    {
        var message = (await MessagesToAsync(address)).LastOrDefault(m => m.Subject == subject)
            ?? throw new InvalidOperationException($"No email to {address} with the subject '{subject}'.");
        var link = Link().Match(message.TextBody ?? "").Value;
        return new Uri(link).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
