using System.Text.Json;
using OpenCommissioning.Platform.Jobs;

namespace OpenCommissioning.Platform.Email;

/// <summary>
/// Queues an email as a durable job in the caller's unit of work; the job worker sends it off the request path,
/// retrying with back-off, and a restart loses nothing.
/// </summary>
public sealed class EmailOutbox(JobQueue jobs)
{
    public const string JobKind = "email.send";

    public void Queue(EmailMessage message) => jobs.Enqueue(JobKind, message);
}

public sealed class SendEmailJobHandler(IEmailClient client) : IJobHandler
{
    public string Kind => EmailOutbox.JobKind;

    public Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var message = JsonSerializer.Deserialize<EmailMessage>(payload)
            ?? throw new InvalidOperationException("An email job had no message.");
        return client.SendAsync(message, cancellationToken);
    }
}
