namespace OpenCommissioning.Platform.Email;

/// <summary>
/// A plain-text email. Plain text reads well in every client and in GOV.UK Notify's templates.
/// <paramref name="OneClickUnsubscribeUrl"/>, for emails people subscribed to, becomes the List-Unsubscribe and
/// List-Unsubscribe-Post headers (RFC 8058), so mail clients can offer their own unsubscribe button.
/// </summary>
public sealed record EmailMessage(string To, string Subject, string Body, string? OneClickUnsubscribeUrl = null);

/// <summary>Sends one email now. Pages never call this directly: they queue with <see cref="EmailOutbox"/>.</summary>
public interface IEmailClient
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
