using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Harvesting;
using OpenCommissioning.Platform.Data;
using static OpenCommissioning.Tests.Harvesting.RecordedPages;

namespace OpenCommissioning.Tests.Harvesting;

/// <summary>
/// A real kill -9: the service runs as its own process with its job worker, harvests a page, and is killed while the
/// next page is in flight. Nothing in the killed process gets a chance to tidy up, as after a power cut.
/// </summary>
public class HarvesterProcessKillTests(HarvestServiceFactory service) : IClassFixture<HarvestServiceFactory>
{
    [Fact]
    public async Task Run_WhenTheProcessIsKilledMidRun_ResumesFromItsLastPageWithNothingLostOrDoubled()
    {
        await using var portal = await ReplayServer.StartAsync();
        var releases = Fresh(6, "sigkill");
        // The first answer for page 2 hangs, so the process is surely mid-run when it is killed; the next is prompt.
        var hanging = Reply.Json(Package(releases.Skip(3))) with { Delay = TimeSpan.FromMinutes(5) };
        portal.On("/k1", Reply.Json(Package(releases.Take(3), next: portal.Url("/k2"))))
            .On("/k2", hanging, Reply.Json(Package(releases.Skip(3))));
        var source = await service.AddSourceAsync("Killed portal", HarvestSourceKind.OcdsReleasePackages, portal.Url("/k1"));
        await ScheduleRunNowAsync(source.Id);

        var output = new StringBuilder();
        using (var process = StartService(output))
        {
            await WaitUntilAsync(async () => portal.CountRequests("/k2") > 0
                && (await service.SourceAsync(source.Id)).NextPageUrl == portal.Url("/k2"), process, output);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        var between = await service.SourceAsync(source.Id);
        var storedBetween = (await service.StoredFromAsync("Killed portal")).Count;
        // The killed run still holds the source, as a crashed instance would, until the hold lapses: let it lapse.
        await service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<HarvestSource>().Where(x => x.Id == source.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.RunHeldUntil, DateTimeOffset.UtcNow.AddSeconds(-1))));
        var resumed = await service.HarvestAsync(source.Id);

        Assert.Equal((portal.Url("/k2"), 3), (between.NextPageUrl, storedBetween));
        Assert.True(resumed.Ran);
        var stored = await service.StoredFromAsync("Killed portal");
        Assert.Equal(releases.Select(Ocid).Order(), stored.Select(r => r.Ocid).Order());
        Assert.Equal(1, portal.CountRequests("/k1"));
    }

    private Task ScheduleRunNowAsync(Guid sourceId) => service.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var source = await db.Set<HarvestSource>().SingleAsync(x => x.Id == sourceId);
        s.GetRequiredService<HarvestSchedule>().ScheduleRun(source, TimeSpan.Zero);
        await db.SaveChangesAsync();
    });

    /// <summary>The service's own build, as deployed: its job worker on, against the test's database.</summary>
    private Process StartService(StringBuilder output)
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false,
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__Postgres"] = service.Services.GetRequiredService<IConfiguration>().GetConnectionString("Postgres");
        start.Environment["Jobs__RunInBackground"] = "true";
        start.Environment["Email__Sender"] = "FileDrop";
        start.Environment["Email__DropFolder"] = Path.Combine(Path.GetTempPath(), "oc-kill-test-emails");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, Process process, StringBuilder output)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        while (!await condition())
        {
            if (process.HasExited || DateTime.UtcNow > until)
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                lock (output) throw new InvalidOperationException($"The service never reached page 2 (exited: {process.HasExited}).\n{output}");
            }
            await Task.Delay(200);
        }
    }
}
