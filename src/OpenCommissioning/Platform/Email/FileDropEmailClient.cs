using System.Text;
using Microsoft.Extensions.Options;

namespace OpenCommissioning.Platform.Email;

/// <summary>
/// Writes each email as a .eml file for development and tests: a real message a mail client can open, and one a
/// test can read to follow a confirmation link.
/// </summary>
public sealed class FileDropEmailClient(IOptions<EmailOptions> options, TimeProvider clock) : IEmailClient
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.Value.DropFolder);
        Directory.CreateDirectory(folder);
        var name = $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        var mime = MimeMessageFactory.Create(options.Value, message);
        var temporary = Path.Combine(folder, name + ".tmp");
        await using (var file = File.Create(temporary))
            await mime.WriteToAsync(file, cancellationToken);
        // Renamed into place so a reader never sees half a message.
        File.Move(temporary, Path.Combine(folder, name));
    }
}
