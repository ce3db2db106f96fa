using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Opportunities.Alerts;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities;

public class SavedSearchTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    private async Task<(HttpClient Browser, string Email)> SignedInAsync()
    {
        var email = $"{Unique("finder")}@example.com";
        await service.CreateAccountAsync(email, "Fran Finder");
        var browser = service.CreateBrowser();
        await browser.SignInAsync(email);
        return (browser, email);
    }

    private static async Task<HtmlPage> SaveAsync(HttpClient browser, string query, string name, string frequency = "instant")
    {
        var form = await HtmlPage.GetAsync(browser, "/saved-searches/new?" + query);
        return await form.SubmitAsync(browser, new Dictionary<string, string> { ["Name"] = name, ["Frequency"] = frequency });
    }

    [Fact]
    public async Task SaveSearch_ThenANewMatchingNotice_SendsOneAlertEvenWhenJobsRunAgain()
    {
        var (browser, email) = await SignedInAsync();
        var word = Unique("Otter");
        var saved = await SaveAsync(browser, $"q={word}", "Otter care");
        var ocid = Notices.NewOcid();

        await service.PublishAsync(Notices.Tender(ocid, $"{word} care in Leeds"), Notices.Tender(Notices.NewOcid(), "Unrelated roads work"));
        await service.RunJobsAsync();
        await service.WithScopeAsync(async s =>
        {
            // What a second instance, or a restart that re-ran the job, would do.
            var search = await s.GetRequiredService<AppDbContext>().Set<SavedSearch>().SingleAsync(x => x.Name == "Otter care");
            var again = await s.GetRequiredService<AlertSender>().SendAsync(search, [ocid], CancellationToken.None);
            Assert.Equal(0, again);
        });
        var messages = await service.Mailbox.MessagesToAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.True(messages.Count == 1, string.Join(" | ", messages.Select(m => m.Subject + ": " + m.TextBody)));
        var alert = messages[0];
        Assert.Equal("1 new notice for ‘Otter care’", alert.Subject);
        Assert.Contains($"{word} care in Leeds", alert.TextBody);
        Assert.Contains("/notices/" + ocid, alert.TextBody);
        Assert.DoesNotContain("Unrelated roads work", alert.TextBody);
    }

    [Fact]
    public async Task Unsubscribe_WithTheLinkFromTheEmail_WorksWithoutSigningIn()
    {
        var (browser, email) = await SignedInAsync();
        var word = Unique("Badger");
        await SaveAsync(browser, $"q={word}", "Badger search");
        await service.PublishAsync(Notices.Tender(Notices.NewOcid(), $"{word} service"));
        var message = Assert.Single(await service.Mailbox.MessagesToAsync(email));
        var link = new Uri(message.TextBody!.Split('\n').Select(l => l.Trim()).Last(l => l.Contains("/alerts/unsubscribe"))).PathAndQuery;
        var stranger = service.CreateBrowser();

        var confirm = await HtmlPage.GetAsync(stranger, link);
        var done = await confirm.SubmitAsync(stranger, new Dictionary<string, string>());
        await service.PublishAsync(Notices.Tender(Notices.NewOcid(), $"{word} second service"));

        Assert.Equal("Unsubscribe from email alerts", confirm.Heading);
        Assert.Equal("You have unsubscribed", done.Heading);
        Assert.Single(await service.Mailbox.MessagesToAsync(email));
    }

    [Fact]
    public async Task OneClickUnsubscribe_FromTheMailClientsButton_StopsAlertsWithoutSigningIn()
    {
        var (browser, email) = await SignedInAsync();
        var word = Unique("Stoat");
        await SaveAsync(browser, $"q={word}", "Stoat search");
        await service.PublishAsync(Notices.Tender(Notices.NewOcid(), $"{word} service"));
        var message = Assert.Single(await service.Mailbox.MessagesToAsync(email));
        var header = message.Headers["List-Unsubscribe"];
        var url = new Uri(header!.Trim('<', '>')).PathAndQuery;
        var mailClient = MailProvider();

        var scanned = await mailClient.GetAsync(url);
        var withoutBody = await mailClient.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>()));
        var stillSubscribed = await FrequencyAsync("Stoat search");
        var done = await mailClient.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        await service.PublishAsync(Notices.Tender(Notices.NewOcid(), $"{word} second service"));

        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.StartsWith("<https://", header);
        Assert.Equal(HttpStatusCode.Redirect, scanned.StatusCode);
        Assert.StartsWith("/alerts/unsubscribe?token=", scanned.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, withoutBody.StatusCode);
        Assert.Equal(AlertFrequency.Instant, stillSubscribed);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(AlertFrequency.Off, await FrequencyAsync("Stoat search"));
        Assert.Single(await service.Mailbox.MessagesToAsync(email));
    }

    [Fact]
    public async Task OneClickUnsubscribe_WithAForgedToken_IsRefusedAndKeepsTheSearch()
    {
        var (browser, _) = await SignedInAsync();
        await SaveAsync(browser, "q=weasel", "Weasel search");
        var id = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<SavedSearch>().Where(x => x.Name == "Weasel search").Select(x => x.Id).SingleAsync());

        var forged = await MailProvider().PostAsync("/alerts/unsubscribe/one-click?token=" + id,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(AlertFrequency.Instant, await FrequencyAsync("Weasel search"));
    }

    /// <summary>No cookies, no anti-forgery token and no redirects followed: as a mail provider's server posts.</summary>
    private HttpClient MailProvider() => service.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false,
    });

    private Task<AlertFrequency> FrequencyAsync(string name) => service.WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().Set<SavedSearch>().Where(x => x.Name == name).Select(x => x.Frequency).SingleAsync());

    [Fact]
    public async Task Unsubscribe_WithATamperedToken_IsRefused()
    {
        var (browser, _) = await SignedInAsync();
        await SaveAsync(browser, "q=heron", "Heron search");
        var id = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<SavedSearch>().Where(x => x.Name == "Heron search").Select(x => x.Id).SingleAsync());
        var token = await service.WithScopeAsync(s => Task.FromResult(s.GetRequiredService<UnsubscribeTokens>().Create(id)));
        var tampered = token[..^3] + (token[^3] == 'A' ? 'B' : 'A') + token[^2..];

        var page = await HtmlPage.GetAsync(service.CreateBrowser(), "/alerts/unsubscribe?token=" + Uri.EscapeDataString(tampered));
        var forged = await HtmlPage.GetAsync(service.CreateBrowser(), "/alerts/unsubscribe?token=" + id);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("This link is not valid", page.Heading);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
    }

    [Fact]
    public async Task DeleteSavedSearch_OfAnotherPerson_IsRefusedAndKeepsIt()
    {
        var (owner, _) = await SignedInAsync();
        await SaveAsync(owner, "q=kestrel", "Kestrel search");
        var id = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<SavedSearch>().Where(x => x.Name == "Kestrel search").Select(x => x.Id).SingleAsync());
        var (intruder, _) = await SignedInAsync();
        await SaveAsync(intruder, "q=owl", "Owl search");
        var list = await HtmlPage.GetAsync(intruder, "/saved-searches");

        var result = await list.SubmitAsync(intruder, new Dictionary<string, string> { ["id"] = id.ToString() }, "#saved-searches form");

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        Assert.True(await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<SavedSearch>().AnyAsync(x => x.Id == id)));
    }

    [Fact]
    public async Task DeleteSavedSearch_OfMyOwn_RemovesItFromTheList()
    {
        var (browser, _) = await SignedInAsync();
        await SaveAsync(browser, "q=puffin", "Puffin search");
        var list = await HtmlPage.GetAsync(browser, "/saved-searches");

        await list.SubmitAsync(browser, new Dictionary<string, string>(), "#saved-searches form");
        var after = await HtmlPage.GetAsync(browser, "/saved-searches");

        Assert.Contains("Puffin search", list.Document.GetElementById("saved-searches")!.TextContent);
        Assert.DoesNotContain("Puffin search", after.Document.GetElementById("saved-searches")!.TextContent);
    }

    [Fact]
    public async Task SaveSearch_WithoutAName_ShowsTheError()
    {
        var (browser, _) = await SignedInAsync();

        var page = await SaveAsync(browser, "q=stoat", "");

        Assert.Contains("Enter a name for this search", page.ErrorSummary);
    }

    [Fact]
    public async Task SaveSearch_WhenSignedOut_AsksToSignIn()
    {
        var response = await service.CreateBrowser().GetAsync("/saved-searches/new?q=care");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery);
    }
}
