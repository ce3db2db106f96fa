using Microsoft.AspNetCore.DataProtection;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Diagnostics;
using OpenCommissioning.Platform.Email;
using OpenCommissioning.Platform.Health;
using OpenCommissioning.Platform.Jobs;
using OpenCommissioning.Platform.Layout;
using OpenCommissioning.Platform.Security;

namespace OpenCommissioning.Platform;

/// <summary>What every capability leans on: database, security, email, jobs, audit, health and the page layout.</summary>
public static class PlatformModule
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddDatabase(configuration);
        // Keys live in the database so every instance can read every other instance's cookies and tokens.
        services.AddDataProtection().SetApplicationName("OpenCommissioning").PersistKeysToDbContext<AppDbContext>();
        services.AddPlatformSecurity(configuration);
        services.AddJobs(configuration);
        services.AddEmail(configuration);
        services.AddScoped<AuditLog>();
        services.AddScoped<PublicUrls>();
        services.AddPlatformHealth();
        services.AddScoped<Demo.DemoData>();
        services.AddScoped<Demo.DemoNotices>();
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            o.Conventions.AllowAnonymousToFolder("/Platform/Pages");
        });
        return services;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseServerTiming();
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}

public static class NotFoundEndpoint
{
    /// <summary>
    /// Addresses that match nothing answer 404 (with the GOV.UK page) to everyone; without this endpoint the
    /// deny-by-default policy would send anonymous visitors to sign in for a page that does not exist.
    /// </summary>
    public static void MapNotFound(this IEndpointRouteBuilder app) =>
        app.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
}
