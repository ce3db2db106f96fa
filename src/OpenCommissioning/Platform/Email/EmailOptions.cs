namespace OpenCommissioning.Platform.Email;

public sealed class EmailOptions
{
    /// <summary>FileDrop (the embedded default), Smtp or Notify.</summary>
    public string Sender { get; set; } = "FileDrop";
    public string FromAddress { get; set; } = "no-reply@opencommissioning.local";
    public string FromName { get; set; } = "OpenCommissioning";
    public string DropFolder { get; set; } = Path.Combine("data", "emails");
    public SmtpOptions Smtp { get; set; } = new();
    public NotifyOptions Notify { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 587;
    public bool UseStartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

public sealed class NotifyOptions
{
    /// <summary>Notify's API; changed only to test against a stand-in.</summary>
    public string BaseUrl { get; set; } = "https://api.notifications.service.gov.uk";
    public string? ApiKey { get; set; }
    /// <summary>A Notify template whose subject is ((subject)) and whose body is ((body)).</summary>
    public string? TemplateId { get; set; }
}
