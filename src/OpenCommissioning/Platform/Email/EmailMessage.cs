namespace OpenCommissioning.Platform.Email;

/// <summary>A plain-text email. Plain text reads well in every client and in GOV.UK Notify's templates.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends one email now. Pages never call this directly: they queue with <see cref="EmailOutbox"/>.</summary>
public interface IEmailClient
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
