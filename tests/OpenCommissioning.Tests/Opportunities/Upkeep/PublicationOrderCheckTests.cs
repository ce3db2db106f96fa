using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenCommissioning.Opportunities.Upkeep;

namespace OpenCommissioning.Tests.Opportunities.Upkeep;

public class PublicationOrderCheckTests
{
    [Fact]
    public async Task Check_WhenTheDatabaseCannotBeReached_LeavesItToTheDatabaseCheck()
    {
        using var broken = new UnreachableDatabaseFactory();

        var report = await broken.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["database"].Status);
        Assert.Equal(HealthStatus.Healthy, report.Entries[PublicationOrderCheck.Name].Status);
        Assert.Equal("Could not read the order of the search table.", report.Entries[PublicationOrderCheck.Name].Description);
    }

    private sealed class UnreachableDatabaseFactory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2");
            builder.UseSetting("Jobs:RunInBackground", "false");
        }
    }
}
