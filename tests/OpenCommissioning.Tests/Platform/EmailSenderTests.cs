using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenCommissioning.Platform.Email;

namespace OpenCommissioning.Tests.Platform;

public class EmailSenderTests
{
    private static readonly EmailMessage Message = new("reader@example.org", "Your notice was published", "Hello,\n\nIt is live.");

    [Fact]
    public async Task Smtp_DeliversThroughARealSmtpConversation()
    {
        using var server = new FakeSmtpServer();
        var options = Options.Create(new EmailOptions { Smtp = new SmtpOptions { Host = "127.0.0.1", Port = server.Port, UseStartTls = false } });
        var serving = server.ServeOneAsync();

        await new SmtpEmailClient(options).SendAsync(Message, CancellationToken.None);
        await serving;

        Assert.Equal(["reader@example.org"], server.Recipients);
        Assert.Contains("Subject: Your notice was published", server.Data);
        Assert.Contains("It is live.", server.Data);
    }

    [Fact]
    public async Task FileDrop_WritesAMessageAMailClientCanOpen()
    {
        var folder = Directory.CreateTempSubdirectory("oc-drop-").FullName;
        var client = new FileDropEmailClient(Options.Create(new EmailOptions { DropFolder = folder }), TimeProvider.System);

        await client.SendAsync(Message, CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        var parsed = await MimeKit.MimeMessage.LoadAsync(file);
        Assert.Equal("Your notice was published", parsed.Subject);
        Assert.Equal("reader@example.org", parsed.To.Mailboxes.Single().Address);
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task Notify_WithoutAnApiKey_SaysWhichSettingsAreMissing()
    {
        var client = new NotifyEmailClient(Options.Create(new EmailOptions()));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync(Message, CancellationToken.None));

        Assert.Equal("Email:Notify:ApiKey and Email:Notify:TemplateId must be set to send through GOV.UK Notify.", error.Message);
    }

    [Theory]
    [InlineData("FileDrop", typeof(FileDropEmailClient))]
    [InlineData("Smtp", typeof(SmtpEmailClient))]
    [InlineData("Notify", typeof(NotifyEmailClient))]
    public void Configuration_ChoosesTheSender(string sender, Type expected)
    {
        var services = new ServiceCollection().AddSingleton(TimeProvider.System);
        services.AddEmail(Settings(sender));

        var client = services.BuildServiceProvider().GetRequiredService<IEmailClient>();

        Assert.IsType(expected, client);
    }

    [Fact]
    public void Configuration_WithAnUnknownSender_IsRefusedAtStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddEmail(Settings("Pigeon")));

        Assert.Equal("Email:Sender is 'Pigeon'; it must be FileDrop, Smtp or Notify.", error.Message);
    }

    private static IConfiguration Settings(string sender) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Email:Sender"] = sender }).Build();
}
