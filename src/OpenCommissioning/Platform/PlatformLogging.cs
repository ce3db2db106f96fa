namespace OpenCommissioning.Platform;

public static class PlatformLogging
{
    /// <summary>
    /// Structured logs: one JSON object per line outside Development, so a log service can index the fields
    /// (request path, job id, account id) rather than parse sentences. Development keeps the readable console.
    /// </summary>
    public static WebApplicationBuilder AddPlatformLogging(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment()) return builder;
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });
        return builder;
    }
}
