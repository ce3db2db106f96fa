using System.Net;
using Microsoft.AspNetCore.Hosting;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Platform;

public class HealthTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_AnswersHealthyWithoutSigningIn(string path)
    {
        var response = await service.CreateBrowser().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_SaysUnhealthyWhenTheDatabaseCannotBeReached()
    {
        using var broken = new UnreachableDatabaseFactory();

        var response = await broken.CreateClient().GetAsync("/health/ready");
        var live = await broken.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private sealed class UnreachableDatabaseFactory : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2");
            builder.UseSetting("Jobs:RunInBackground", "false");
        }
    }
}
