using OpenCommissioning.Platform.Jobs;

namespace OpenCommissioning.Harvesting;

public static class HarvestingModule
{
    public static IServiceCollection AddHarvesting(this IServiceCollection services, IConfiguration configuration)
    {
        var contact = configuration["Harvesting:ContactUrl"] ?? configuration["App:BaseUrl"] ?? "https://github.com/open-commissioning";
        services.AddHttpClient(PortalClient.HttpClientName, client =>
        {
            // Portals ask harvesters to say who they are and how to reach them.
            client.DefaultRequestHeaders.UserAgent.ParseAdd($"OpenCommissioning/1.0 (+{contact})");
            client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
            // Each request has its own timeout (Harvesting:RequestTimeoutSeconds); this one only backs it up.
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        services.AddSingleton<PortalPacing>();
        services.AddSingleton<HarvestWaits>();
        services.AddSingleton<HarvestObserver>();
        services.AddSingleton<PortalClient>();
        services.AddSingleton<Harvester>();
        services.AddScoped<ReleaseIntake>();
        services.AddScoped<HarvestSchedule>();
        services.AddScoped<IJobHandler, HarvestRunJob>();
        return services;
    }
}
