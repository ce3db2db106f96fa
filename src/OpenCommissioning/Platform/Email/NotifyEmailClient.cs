using Microsoft.Extensions.Options;
using Notify.Client;

namespace OpenCommissioning.Platform.Email;

/// <summary>Sends through GOV.UK Notify, with one template that carries the subject and body as personalisation.</summary>
public sealed class NotifyEmailClient(IOptions<EmailOptions> options) : IEmailClient
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var notify = options.Value.Notify;
        if (string.IsNullOrEmpty(notify.ApiKey) || string.IsNullOrEmpty(notify.TemplateId))
            throw new InvalidOperationException("Email:Notify:ApiKey and Email:Notify:TemplateId must be set to send through GOV.UK Notify.");
        var client = new NotificationClient(notify.ApiKey);
        var personalisation = new Dictionary<string, dynamic> { ["subject"] = message.Subject, ["body"] = message.Body };
        await client.SendEmailAsync(message.To, notify.TemplateId, personalisation);
    }
}
