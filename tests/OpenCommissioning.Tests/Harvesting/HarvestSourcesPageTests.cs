using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Accounts;
using OpenCommissioning.Harvesting;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Jobs;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Harvesting;

public class HarvestSourcesPageTests(HarvestServiceFactory service) : IClassFixture<HarvestServiceFactory>
{
    private async Task<HttpClient> SignedInAdministratorAsync(string email)
    {
        var admin = await service.CreateAccountAsync(email, name: "Ada Admin", twoFactor: true);
        await service.WithScopeAsync(async s =>
        {
            var roles = s.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            if (!await roles.RoleExistsAsync(PlatformRoles.Administrator)) await roles.CreateAsync(new IdentityRole<Guid>(PlatformRoles.Administrator));
            var users = s.GetRequiredService<UserManager<Account>>();
            await users.AddToRoleAsync((await users.FindByIdAsync(admin.Id.ToString()))!, PlatformRoles.Administrator);
        });
        var browser = service.CreateBrowser();
        await browser.SignInAsync(email);
        return browser;
    }

    private static Dictionary<string, string> Form(string name, string url = "https://www.find-tender.service.gov.uk", string year = "2025") => new()
    {
        ["Name"] = name, ["Kind"] = nameof(HarvestSourceKind.FindATender), ["BaseUrl"] = url,
        ["StartDate.Day"] = "1", ["StartDate.Month"] = "4", ["StartDate.Year"] = year, ["Every"] = "6", ["EveryUnit"] = "hours",
    };

    private Task<HarvestSource?> FindAsync(string name) => service.WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().Set<HarvestSource>().AsNoTracking().SingleOrDefaultAsync(x => x.Name == name));

    [Fact]
    public async Task Add_WithGoodAnswers_StoresTheSourceQueuesItsFirstRunAndAuditsIt()
    {
        var browser = await SignedInAdministratorAsync("harvest.admin1@example.org");
        var page = await HtmlPage.GetAsync(browser, HarvestingLinks.AddSource);

        var result = await page.SubmitAsync(browser, Form("Find a Tender"));

        var source = await FindAsync("Find a Tender");
        Assert.NotNull(source);
        Assert.Equal(HarvestingLinks.Source(source.Id), result.Location);
        Assert.Equal((HarvestSourceKind.FindATender, new DateOnly(2025, 4, 1), 360), (source.Kind, source.StartDate, source.EveryMinutes));
        var job = await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Job>()
            .SingleAsync(j => j.Kind == HarvestSchedule.RunJob && j.Payload.Contains(source.Id.ToString())));
        Assert.Null(job.CompletedAt);
        Assert.True(await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .AnyAsync(e => e.Action == HarvestingAuditActions.SourceAdded && e.Subject == "Find a Tender" && e.ActorEmail == "harvest.admin1@example.org")));
    }

    [Theory]
    [InlineData("BaseUrl", "not a web address", "2025", "Enter a full web address starting with https://, like https://www.find-tender.service.gov.uk")]
    [InlineData("BaseUrl", "ftp://example.org/data", "2025", "Enter a full web address starting with https://, like https://www.find-tender.service.gov.uk")]
    [InlineData("StartDate", "https://example.org", "2999", "Start date must be today or in the past")]
    public async Task Add_WithAWrongAnswer_ShowsTheSpecificErrorAndKeepsWhatWasTyped(string field, string url, string year, string message)
    {
        var browser = await SignedInAdministratorAsync($"harvest.admin.{field}{year}{url.Length}@example.org");
        var page = await HtmlPage.GetAsync(browser, HarvestingLinks.AddSource);

        var result = await page.SubmitAsync(browser, Form($"Wrong {field} {year} {url}", url, year));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(message, result.FieldError(field));
        Assert.Contains(message, result.ErrorSummary);
        Assert.Equal(url, result.Value("BaseUrl"));
        Assert.Null(await FindAsync($"Wrong {field} {year} {url}"));
    }

    [Fact]
    public async Task Add_WithANameAlreadyTaken_SaysSo()
    {
        var browser = await SignedInAdministratorAsync("harvest.admin2@example.org");
        await service.AddSourceAsync("Sell2Wales", HarvestSourceKind.Sell2Wales, "https://api.sell2wales.gov.wales/v1");
        var page = await HtmlPage.GetAsync(browser, HarvestingLinks.AddSource);

        var result = await page.SubmitAsync(browser, Form("sell2wales"));

        Assert.Equal("There is already a source called sell2wales. Choose another name", result.FieldError("Name"));
    }

    [Fact]
    public async Task PauseResumeAndRemove_ChangeTheSourceAndOnlyResumingQueuesARun()
    {
        var browser = await SignedInAdministratorAsync("harvest.admin3@example.org");
        var source = await service.AddSourceAsync("Scotland", HarvestSourceKind.PublicContractsScotland, "https://api.publiccontractsscotland.gov.uk/v1");
        var form = $"main form[action*='{source.Id}']";

        var paused = await (await HtmlPage.GetAsync(browser, HarvestingLinks.Sources)).SubmitAsync(browser, new Dictionary<string, string>(), form + "[action*=Pause]");
        var afterPause = await FindAsync("Scotland");
        var resumed = await (await HtmlPage.GetAsync(browser, HarvestingLinks.Sources)).SubmitAsync(browser, new Dictionary<string, string>(), form + "[action*=Resume]");
        var afterResume = await FindAsync("Scotland");
        await (await HtmlPage.GetAsync(browser, HarvestingLinks.Sources)).SubmitAsync(browser, new Dictionary<string, string>(), form + "[action*=Remove]");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (paused.Status, resumed.Status));
        Assert.True(afterPause!.Paused);
        Assert.Null(afterPause.ScheduledRunId);
        Assert.False(afterResume!.Paused);
        Assert.NotNull(afterResume.ScheduledRunId);
        Assert.Null(await FindAsync("Scotland"));
    }

    [Fact]
    public async Task SourcePage_ShowsTheRunFiguresAndProblems()
    {
        var browser = await SignedInAdministratorAsync("harvest.admin4@example.org");
        var source = await service.AddSourceAsync("Figures portal", HarvestSourceKind.OcdsReleasePackages, "https://example.org/ocds");
        await service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var tracked = await db.Set<HarvestSource>().SingleAsync(x => x.Id == source.Id);
            (tracked.ReleasesAdded, tracked.ReleasesQuarantined, tracked.LastRunOutcome) = (1234, 7, "Read 13 pages: 1234 added, 0 already stored, 7 quarantined.");
            tracked.NewestReleaseDate = new DateTimeOffset(2025, 3, 11, 9, 40, 2, TimeSpan.Zero);
            db.Add(new HarvestProblem { SourceId = source.Id, At = DateTimeOffset.UtcNow, IsError = true, Message = "Could not read page 14: the portal answered 500" });
            await db.SaveChangesAsync();
        });

        var page = await HtmlPage.GetAsync(browser, HarvestingLinks.Source(source.Id));

        var figures = page.Document.QuerySelector("#figures")!.TextContent;
        Assert.Contains("1,234", figures);
        Assert.Contains("11 March 2025", figures);
        Assert.Contains("Error: Could not read page 14: the portal answered 500", page.Document.QuerySelector("#problems")!.TextContent);
    }

    [Theory]
    [InlineData("/admin/harvesting")]
    [InlineData("/admin/harvesting/add")]
    [InlineData("/admin/harvesting/quarantine")]
    public async Task SomeoneWhoIsNotAnAdministrator_IsRefused(string address)
    {
        var email = $"nosy{address.Length}@example.org";
        await service.CreateAccountAsync(email);
        var browser = service.CreateBrowser();
        await browser.SignInAsync(email);

        var response = await browser.GetAsync(address);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/error/403", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task SomeoneWhoIsNotAnAdministrator_CannotPauseASource()
    {
        var source = await service.AddSourceAsync("Not yours", HarvestSourceKind.OcdsReleasePackages, "https://example.org/not-yours");
        await service.CreateAccountAsync("pauser@example.org");
        var browser = service.CreateBrowser();
        await browser.SignInAsync("pauser@example.org");
        var token = (await HtmlPage.GetAsync(browser, "/account/change-email")).Document
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await browser.PostAsync($"/admin/harvesting?handler=Pause&id={source.Id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.StartsWith("https://localhost/error/403", response.Headers.Location!.ToString());
        Assert.False((await FindAsync("Not yours"))!.Paused);
    }

    [Fact]
    public async Task QuarantinePage_ShowsTheReleaseItsSourceAndWhyItWasRefused()
    {
        var browser = await SignedInAdministratorAsync("harvest.admin5@example.org");
        await service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            db.Add(new QuarantinedRelease
            {
                Source = "Find a Tender", Ocid = "ocds-h6vhtk-04a1b2", ReleaseId = "012345-2025", RawText = "{\"ocid\":\"ocds-h6vhtk-04a1b2\",\"value\":1e9999}",
                Findings = "value: the number is too large to store", Fingerprint = "f1", ReceivedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        });

        var page = await HtmlPage.GetAsync(browser, HarvestingLinks.Quarantine);

        var card = Assert.Single(page.Document.QuerySelectorAll(".app-quarantined"));
        Assert.Contains("ocds-h6vhtk-04a1b2 (012345-2025)", card.TextContent);
        Assert.Contains("Find a Tender", card.TextContent);
        Assert.Equal("value: the number is too large to store", card.QuerySelector(".app-findings li")!.TextContent);
        Assert.Contains("1e9999", card.QuerySelector(".app-raw-release")!.TextContent);
    }
}
