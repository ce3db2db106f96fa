using System.Net;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.OpenData;

public class ApiRateLimitTests(ApiRateLimitTests.LowLimitFactory service) : IClassFixture<ApiRateLimitTests.LowLimitFactory>
{
    public sealed class LowLimitFactory : ServiceFactory
    {
        public LowLimitFactory() => Settings["RateLimits:ApiPerMinute"] = "3";
    }

    [Fact]
    public async Task Api_MoreRequestsThanTheLimit_AreRefusedWithRetryAfter()
    {
        var client = service.CreateBrowser();
        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) allowed.Add((await client.GetAsync("/api/ocds/bulk")).StatusCode);

        var (refused, body) = await client.GetJsonAsync("/api/ocds/releases");

        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var seconds = int.Parse(refused.Headers.GetValues("Retry-After").Single());
        Assert.InRange(seconds, 1, 60);
        Assert.Contains("more than 3 requests", (string?)body["detail"]);
    }

    [Fact]
    public async Task Pages_OutsideTheApi_AreNotCountedAgainstIt()
    {
        var client = service.CreateBrowser();
        for (var i = 0; i < 5; i++) await client.GetAsync("/accessibility");

        var page = await client.GetAsync("/accessibility");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
