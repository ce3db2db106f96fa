using Microsoft.AspNetCore.RateLimiting;
using OpenCommissioning.OpenData.Api;
using OpenCommissioning.OpenData.Bulk;
using OpenCommissioning.Platform.Jobs;

namespace OpenCommissioning.OpenData;

public static class OpenDataModule
{
    public const string CorsPolicy = "open-data-reads";

    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        services.AddScoped<ReleaseStore>();
        services.AddScoped<ReleaseFeed>();
        services.AddScoped<ReleaseSearchFilter>();
        services.AddScoped<OpenDataPublication>();
        services.AddScoped<BulkFiles>();
        services.AddScoped<IJobHandler, BulkFileJob>();
        // The demo notices go through this capability's store; the embedded mode's DemoData asks for them.
        services.AddScoped<Platform.Demo.DemoReleases>();
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
            options.AddPolicy(ApiRateLimit.PolicyName,
                new ApiRateLimit(configuration.GetValue("RateLimits:ApiPerMinute", ApiRateLimit.DefaultPerMinute))));
        // Anyone may read open data from any web page: reads only, no credentials.
        services.AddCors(o => o.AddPolicy(CorsPolicy, policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD")
            .WithExposedHeaders("ETag", "Retry-After")));
        services.AddOpenApi(o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
        return services;
    }

    public static WebApplication MapOpenData(this WebApplication app)
    {
        app.UseCors();
        var api = app.MapGroup("/api/ocds").AllowAnonymous().RequireCors(CorsPolicy).RequireRateLimiting(ApiRateLimit.PolicyName)
            .WithTags("Open data");
        api.MapReleaseEndpoints();
        api.MapBulkEndpoints();
        app.MapOpenApi("/api/openapi.json").AllowAnonymous().RequireCors(CorsPolicy).RequireRateLimiting(ApiRateLimit.PolicyName);
        return app;
    }
}
