using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpenCommissioning.Opportunities.Upkeep;

/// <summary>Keeping the search table quick to search: its publication order, watched and restored.</summary>
public static class UpkeepModule
{
    public static IServiceCollection AddSearchTableUpkeep(this IServiceCollection services)
    {
        services.AddOptions<PublicationOrderOptions>().BindConfiguration(PublicationOrderOptions.Section);
        services.AddScoped<SearchTableUpkeep>();
        services.AddHealthChecks().AddCheck<PublicationOrderCheck>(PublicationOrderCheck.Name, HealthStatus.Degraded, ["ready"],
            TimeSpan.FromSeconds(5));
        services.AddHostedService<PublicationOrderWatch>();
        return services;
    }
}
