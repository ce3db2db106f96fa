using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Notify.Client;

namespace OpenCommissioning.Platform.Email;

/// <summary>Sends through GOV.UK Notify, with one template that carries the subject and body as personalisation.</summary>
public sealed class NotifyEmailClient(IOptions<EmailOptions> options) : IEmailClient
{
    /// <summary>Notify's address for sending an email, relative to its API's base URL.</summary>
    public const string SendEmailPath = "v2/notifications/email";

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var notify = options.Value.Notify;
        if (string.IsNullOrEmpty(notify.ApiKey) || string.IsNullOrEmpty(notify.TemplateId))
            throw new InvalidOperationException("Email:Notify:ApiKey and Email:Notify:TemplateId must be set to send through GOV.UK Notify.");
        var client = new NotificationClient(notify.BaseUrl, notify.ApiKey);
        // The client's own SendEmailAsync (6.0.0, the newest served here) cannot pass one_click_unsubscribe_url, which
        // Notify turns into the List-Unsubscribe headers; its POST signs and sends the same request with it.
        await client.POST(SendEmailPath, Request(message, notify.TemplateId).ToJsonString(JsonSerializerOptions.Web));
    }

    /// <summary>The body Notify's API takes for an email from a template.</summary>
    public static JsonObject Request(EmailMessage message, string templateId)
    {
        var request = new JsonObject
        {
            ["email_address"] = message.To,
            ["template_id"] = templateId,
            ["personalisation"] = new JsonObject { ["subject"] = message.Subject, ["body"] = message.Body },
        };
        if (message.OneClickUnsubscribeUrl is { } url) request["one_click_unsubscribe_url"] = url;
        return request;
    }
}
