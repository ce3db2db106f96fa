namespace OpenCommissioning.Platform.Layout;

/// <summary>
/// Absolute links for emails. The configured base URL wins (behind a load balancer the request's host may be an
/// internal name); the embedded mode falls back to the address the request came to.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration, IHttpContextAccessor http)
{
    public string For(string pathAndQuery)
    {
        var configured = configuration["App:BaseUrl"];
        var request = http.HttpContext?.Request;
        var root = !string.IsNullOrWhiteSpace(configured) ? configured.TrimEnd('/')
            : request is null ? "http://localhost:5000" : $"{request.Scheme}://{request.Host}";
        return root + pathAndQuery;
    }
}
