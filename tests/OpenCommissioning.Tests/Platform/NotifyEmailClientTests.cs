using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenCommissioning.Platform.Email;

namespace OpenCommissioning.Tests.Platform;

/// <summary>
/// The Notify sender against a stand-in of Notify's API on 127.0.0.1: what goes over the wire is what Notify's
/// documentation asks for, signed by the GOV.UK Notify client.
/// </summary>
public sealed class NotifyEmailClientTests : IAsyncLifetime
{
    private const string ServiceId = "2a9e6c1e-3b55-4d7e-9a41-0c6f3f1c8d21";
    private const string ApiKey = "oc_test-" + ServiceId + "-7d0b8f6e-5c44-4b1a-8e2f-93a6c1d0e5f7";
    private const string TemplateId = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    private WebApplication notify = null!;
    private readonly List<(string Method, string Path, string? Authorization, string Body)> received = [];
    private (int Status, string Body) answer = (StatusCodes.Status201Created, """{"id":"740e5834-3a29-46b4-9a6f-16142fde533a","content":{},"template":{}}""");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        notify = builder.Build();
        notify.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            lock (received) received.Add((context.Request.Method, context.Request.Path, context.Request.Headers.Authorization, body));
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body);
        });
        await notify.StartAsync();
    }

    public async Task DisposeAsync() => await notify.DisposeAsync();

    [Fact]
    public async Task Send_AnAlert_PostsTheTemplateItsWordsAndTheOneClickUnsubscribeAddress()
    {
        var alert = new EmailMessage("reader@example.org", "3 new opportunities", "Hello,\n\nCare at home, Leeds.",
            "https://opencommissioning.example/alerts/unsubscribe/one-click?token=abc");

        await Client().SendAsync(alert, CancellationToken.None);

        var (method, path, authorization, body) = Assert.Single(received);
        Assert.Equal(("POST", "/v2/notifications/email"), (method, path));
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal("reader@example.org", root.GetProperty("email_address").GetString());
        Assert.Equal(TemplateId, root.GetProperty("template_id").GetString());
        Assert.Equal("3 new opportunities", root.GetProperty("personalisation").GetProperty("subject").GetString());
        Assert.Equal("Hello,\n\nCare at home, Leeds.", root.GetProperty("personalisation").GetProperty("body").GetString());
        Assert.Equal(alert.OneClickUnsubscribeUrl, root.GetProperty("one_click_unsubscribe_url").GetString());
        Assert.Equal(ServiceId, Issuer(authorization));
    }

    [Fact]
    public async Task Send_AMessageNobodySubscribedTo_CarriesNoUnsubscribeAddress()
    {
        await Client().SendAsync(new EmailMessage("reader@example.org", "Reset your password", "Use this link."), CancellationToken.None);

        using var json = JsonDocument.Parse(Assert.Single(received).Body);
        Assert.False(json.RootElement.TryGetProperty("one_click_unsubscribe_url", out _));
    }

    [Fact]
    public async Task Send_WhenNotifyRefuses_ThrowsWithItsReasonSoTheOutboxTriesAgainLater()
    {
        answer = (StatusCodes.Status400BadRequest,
            """{"errors":[{"error":"BadRequestError","message":"Can't send to this recipient using a team-only API key"}],"status_code":400}""");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Client().SendAsync(new EmailMessage("reader@example.org", "s", "b"), CancellationToken.None));

        Assert.Contains("Can't send to this recipient using a team-only API key", error.Message);
    }

    private NotifyEmailClient Client() => new(Options.Create(new EmailOptions
    {
        Notify = new NotifyOptions { BaseUrl = notify.Urls.First(), ApiKey = ApiKey, TemplateId = TemplateId },
    }));

    /// <summary>The service id the bearer token was issued for, read from the token's claims.</summary>
    private static string? Issuer(string? authorization)
    {
        Assert.StartsWith("Bearer ", authorization);
        var claims = authorization!["Bearer ".Length..].Split('.')[1].Replace('-', '+').Replace('_', '/');
        claims = claims.PadRight(claims.Length + (4 - claims.Length % 4) % 4, '=');
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(claims)));
        return json.RootElement.GetProperty("iss").GetString();
    }
}
