using OpenCommissioning.Opportunities.Alerts;
using OpenCommissioning.Platform.Jobs;

namespace OpenCommissioning.Opportunities;

public static class OpportunitiesModule
{
    public static IServiceCollection AddOpportunities(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration("Search");
        services.AddScoped<KeywordIndex>();
        services.AddScoped<OpportunitySearch>();
        services.AddScoped<NoticeMatching>();
        services.AddScoped<NoticeSources>();
        services.AddScoped<SubContractLinks>();
        services.AddScoped<RefreshOpportunity>();
        services.AddScoped<IJobHandler>(s => s.GetRequiredService<RefreshOpportunity>());
        services.AddScoped<AlertScheduler>();
        services.AddScoped<AlertSender>();
        services.AddScoped<IJobHandler, InstantAlertsJob>();
        services.AddScoped<IJobHandler, DailyAlertsJob>();
        services.AddSingleton<UnsubscribeTokens>();
        Upkeep.UpkeepModule.AddSearchTableUpkeep(services);
        return services;
    }

    public static IEndpointRouteBuilder MapOpportunities(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search.csv", SearchCsv.HandleAsync).AllowAnonymous();
        app.MapOneClickUnsubscribe();
        return app;
    }
}
