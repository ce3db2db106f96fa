using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Platform.Health;

/// <summary>
/// /health/live says the process answers (for restarts); /health/ready says it can reach its database (for the
/// load balancer). Both are public and reveal nothing but a word.
/// </summary>
public static class HealthModule
{
    public static IServiceCollection AddPlatformHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return services;
    }

    public static void MapPlatformHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    }
}
