using OpenCommissioning.Platform.Jobs;

namespace OpenCommissioning.Platform.Email;

public static class EmailModule
{
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Email");
        services.Configure<EmailOptions>(section);
        var sender = section["Sender"] ?? "FileDrop";
        switch (sender)
        {
            case "FileDrop": services.AddSingleton<IEmailClient, FileDropEmailClient>(); break;
            case "Smtp": services.AddSingleton<IEmailClient, SmtpEmailClient>(); break;
            case "Notify": services.AddSingleton<IEmailClient, NotifyEmailClient>(); break;
            default: throw new InvalidOperationException($"Email:Sender is '{sender}'; it must be FileDrop, Smtp or Notify.");
        }
        services.AddScoped<EmailOutbox>();
        services.AddScoped<IJobHandler, SendEmailJobHandler>();
        return services;
    }
}
