using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.BrowserTests.Harness;

/// <summary>
/// The service on a real port for a real browser: Kestrel on 127.0.0.1 over HTTPS with a throwaway certificate,
/// over its own fresh PostgreSQL database, background jobs driven by the test (through the mailbox).
/// </summary>
public sealed class BrowserService : ServiceFactory
{
    public BrowserService()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(TestCertificate.Instance)));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    /// <summary>Where the service listens, such as https://127.0.0.1:43121/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The full address of a path and query such as those <see cref="Mailbox.LinkAsync"/> returns.</summary>
    public string Url(string pathAndQuery) => new Uri(BaseAddress, pathAndQuery).ToString();
}
